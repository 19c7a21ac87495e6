#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `influence` command: the explorer by default, plus the other commands of `Command.all`.
@main
enum Influence {
    /// Parses the command line and runs what it asks for, then exits with its status.
    static func main() {
        let request: CommandLineRequest
        do {
            request = try CommandLineRequest.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            var lines = ["influence: \(error.message)"]
            lines.append("Usage: " + (error.command?.spec.usage ?? "\(CommandSpec.program) [COMMAND] [OPTIONS]"))
            lines.append("See '\(CommandSpec.program) \(error.command.map { "help \($0.name)" } ?? "--help")' for more information.")
            Output.error(lines.joined(separator: "\n"))
            exit(ExitStatus.usage)
        }
        exit(run(request))
    }

    /// Carries out a request; the process's exit status.
    static func run(_ request: CommandLineRequest) -> Int32 {
        do throws(CommandExit) {
            switch request {
            case .version:
                Output.print(CommandSpec.version)
            case .help(let command?, let folder):
                Output.print(command.describe(ContentNames.forHelp(folder: folder)).help)
            case .help(nil, _):
                Output.print(CommandSpec.overviewHelp)
            case .manualPage:
                Output.write(ManualPage.mdoc(names: .builtin()), to: STDOUT_FILENO)
            case .completionScript(let shell):
                Output.write(CompletionScript(names: .builtin(), views: PrintCommand.views).script(for: shell), to: STDOUT_FILENO)
            case .run(let command, let options):
                try command.run(options)
            }
            return 0
        } catch {
            return error.status
        }
    }
}

/// Ends a command with an exit status, after it has said why.
struct CommandExit: Error {
    var status: Int32
}

/// Exit codes, from sysexits.h where one fits.
enum ExitStatus {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66
    static let noUser: Int32 = 67
    static let noPermission: Int32 = 77
    static let config: Int32 = 78
}
