import Foundation
import Testing

/// The command line as a user types it: limits said plainly, the names the screen shows accepted,
/// and the install pieces (version, help, man page, completion scripts).
@Suite struct CommandLineOptionsTests {
    @Test func sizeOverTheLimitSaysTheLimit() throws {
        let result = try runInfluence(["render", "--size", "1001x24"])
        #expect(result.status == 64)
        #expect(result.err.hasPrefix("influence: --size must be at most 1000x1000 (got \"1001x24\")"), "\(result.err)")
        let bad = try runInfluence(["render", "--size", "80by24"])
        #expect(bad.err.hasPrefix("influence: --size must be WIDTHxHEIGHT, like 80x24"), "\(bad.err)")
    }

    /// `print framework --stage 2` prints the framework's account of that stage, not all of it.
    @Test func frameworkWithAStagePrintsThatStage() throws {
        let result = try runInfluence(["print", "framework", "--stage", "2", "--width", "80"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("2. Mexico's response"))
        #expect(!result.out.contains("1. The US move"), "another stage")
        #expect(!result.out.contains("The question:"), "the whole framework")
        let whole = try runInfluence(["print", "framework", "--width", "80"])
        #expect(whole.out.contains("1. The US move") && whole.out.contains("The question:"))
    }

    /// `print people` prints everyone the cases name, by side, within the width; a stage does not go with it.
    @Test func printPeopleListsEveryoneBySide() throws {
        let result = try runInfluence(["print", "people", "--width", "60"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("PEOPLE: 64, BY SIDE"))
        #expect(result.out.contains("\nUNITED STATES\n") && result.out.contains("\nMEXICO\n"))
        #expect(result.out.contains("Enrique Camarena · case 3"))
        #expect(!result.out.split(separator: "\n").contains { $0.count > 60 })
        let staged = try runInfluence(["print", "people", "--stage", "2"])
        #expect(staged.status == 64 && staged.err.contains("--stage goes with a case or framework, not with people"), "\(staged.err)")
    }

    /// 0 opens the argument in the explorer; print takes it too.
    @Test func zeroIsTheArgument() throws {
        let zero = try runInfluence(["print", "0", "--width", "80"])
        let framework = try runInfluence(["print", "framework", "--width", "80"])
        #expect(zero.status == 0, "\(zero.err)")
        #expect(zero.out == framework.out)
    }

    /// The stage bar's names ("Resources", "US move") pick a stage, in any case.
    @Test(arguments: [("resources", "6/7 Resource transfer"), ("Institutions", "4/7 Institutionalization"),
                      ("us move", "1/7 The US move"), ("TURN", "3/7 The turn"), ("6", "6/7 Resource transfer"),
                      ("resource-transfer", "6/7 Resource transfer")])
    func stageByTheNameOnScreen(_ pair: (String, String)) throws {
        let result = try runInfluence(["print", "3", "--stage", pair.0, "--width", "80"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains(pair.1), "\(result.out.prefix(300))")
        #expect(result.out.components(separatedBy: "/7 ").count == 2, "only one stage")
    }

    @Test func anUnknownStageListsWhatIsAccepted() throws {
        let result = try runInfluence(["print", "3", "--stage", "ressources"])
        #expect(result.status == 64)
        #expect(result.err.contains("no stage \"ressources\""))
        #expect(result.err.contains("Resources"))
    }

    @Test func versionAndHelp() throws {
        let version = try runInfluence(["--version"])
        #expect(version.status == 0)
        #expect(version.out.wholeMatch(of: #/[0-9]+\.[0-9]+\.[0-9]+\n/#) != nil, "\(version.out)")
        let help = try runInfluence(["--help"])
        #expect(help.status == 0)
        for command in ["explore", "open", "validate", "print", "render"] { #expect(help.out.contains("  " + command)) }
        let printHelp = try runInfluence(["help", "print"])
        #expect(printHelp.out == (try runInfluence(["print", "--help"])).out)
        for option in ["--stage STAGE", "--width N", "--content DIR", "CASE"] { #expect(printHelp.out.contains(option)) }
        // Resume: where the state is kept, --fresh (which still saves), open with its two arguments.
        let exploreHelp = try runInfluence(["help", "explore"])
        let words = exploreHelp.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in ["--fresh", "on quitting, this run's place and marks are saved", "(~/.local/state/influence)", "$XDG_STATE_HOME"] {
            #expect(words.contains(text), "\(text)")
        }
        let openHelp = try runInfluence(["open", "--help"])
        #expect(openHelp.out.contains("USAGE: influence open CASE [STAGE] [--theme THEME] [--no-mouse] [--content DIR]"), "\(openHelp.out)")
        #expect(openHelp.out.contains("  STAGE ") && openHelp.out.contains("influence open 3 resources"))
        let unknown = try runInfluence(["print", "--colour", "red"])
        #expect(unknown.status == 64)
        #expect(unknown.err.hasPrefix("influence: unknown option \"--colour\"\nUsage: influence print"))
    }

    /// Help names the cases of the content at hand: the built-in content's, or those of the
    /// `--content` folder given with help (here the shipped content with case 5 given another id).
    @Test func helpNamesTheCasesOfTheContent() throws {
        let builtin = try runInfluence(["help", "open"])
        #expect(builtin.status == 0)
        let words = builtin.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("A case number (1\u{2013}5) or id (intercept, condor, leyenda, casablanca, merida)"), "\(builtin.out)")
        #expect(words.contains("A stage: its number (1\u{2013}7), id or name from the stage bar"), "\(builtin.out)")
        #expect(builtin.out.contains("influence open merida 7"))

        var pack = try ContentFolder.shipped()
        pack.setLine("cases/5-merida.yaml", key: "id", yaml: "tijuana")
        let folder = try pack.write()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["help", "open", "--content", folder.path], ["open", "--help", "--content", folder.path],
                          ["open", "--content=\(folder.path)", "--help"], ["help", "--content", folder.path, "open"]] {
            let help = try runInfluence(arguments)
            #expect(help.status == 0, "\(arguments): \(help.err)")
            let text = help.out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains("or id (intercept, condor, leyenda, casablanca, tijuana)"), "\(arguments): \(help.out)")
            #expect(help.out.contains("influence open tijuana 7"), "\(arguments)")
            #expect(!help.out.contains("merida"), "\(arguments)")
        }
        let print = try runInfluence(["help", "print", "--content", folder.path])
        #expect(print.out.contains("tijuana") && !print.out.contains("merida"), "\(print.out)")

        // A folder that is not there, or does not load, leaves help to the built-in content, quietly.
        let missing = try runInfluence(["help", "open", "--content", folder.path + "-missing"])
        #expect(missing.status == 0 && missing.err.isEmpty, "\(missing.err)")
        #expect(missing.out == builtin.out)
        let noValue = try runInfluence(["help", "open", "--content"])
        #expect(noValue.status == 64)
        #expect(noValue.err.hasPrefix("influence: --content needs a value (DIR)\nUsage: influence [COMMAND] [OPTIONS]"), "\(noValue.err)")
    }

    /// An option a command does not take is a usage error (64) with the command's usage, as before
    /// the table of commands; so is an extra word after help's command.
    @Test func unknownOptionsAreUsageErrors() throws {
        for (arguments, usage) in [(["open", "3", "--stage", "2"], "Usage: influence open CASE [STAGE]"),
                                   (["--lead-user", "x", "--frob"], "Usage: influence [--fresh]"),
                                   (["validate", "--width", "80"], "Usage: influence validate [--content DIR]")] {
            let result = try runInfluence(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.err.hasPrefix("influence: unknown option \""), "\(arguments): \(result.err)")
            #expect(result.err.contains("\n" + usage), "\(arguments): \(result.err)")
        }
        let twice = try runInfluence(["help", "open", "print"])
        #expect(twice.status == 64)
        #expect(twice.err.hasPrefix("influence: help takes at most one command"), "\(twice.err)")
    }

    /// The man page is valid mdoc (groff reads it without a warning) and documents every option.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), "needs groff"))
    func manualPage() throws {
        let page = try runInfluence(["--generate-manual"])
        #expect(page.status == 0)
        #expect(page.out.hasPrefix(".Dd "))
        for option in ["Fl -content Ar DIR", "Fl -stage Ar STAGE", "Fl -width Ar N", "Fl -size Ar WxH", "Fl -keys Ar KEYS", "Fl -version",
                       "Fl -fresh", ".Cm open\n.Ar CASE\n.Op Ar STAGE", "Ev XDG_STATE_HOME", ".Sh FILES"] {
            #expect(page.out.contains(option), "\(option)")
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("influence-\(UUID().uuidString).1")
        try Data(page.out.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let groff = try runProgram("/usr/bin/groff", ["-mandoc", "-Tutf8", "-ww", "-z", file.path])
        #expect(groff.status == 0)
        #expect(groff.err == "", "\(groff.err)")
    }

    /// Each script is valid in its shell; bash's completes options (explore's with no command), stage ids,
    /// and what each command takes: cases, the framework, print's views.
    @Test func completionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try runInfluence(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.out.contains("influence"))
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)") else { continue }
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("influence-\(UUID().uuidString).\(shell)")
            try Data(script.out.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let check = try runProgram("/usr/bin/\(shell)", ["-n", file.path])
            #expect(check.status == 0, "\(shell): \(check.err)")
            if shell == "bash" {
                let complete = """
                source \(file.path)
                t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _influence; echo "${COMPREPLY[*]}"; }
                t influence print --st; t influence print --stage r; t influence print l; t influence v
                t influence open 3 resource; t influence --fr; t influence explore --fr
                t influence open fr; t influence present fr; t influence export g; t influence print g
                """
                let result = try runProgram("/usr/bin/bash", ["-c", complete])
                // With no command, influence explores: --fresh completes there too. open and present
                // take the framework (present shows the argument a section at a time); export's
                // formats do not start with g; print also has its views.
                #expect(result.out == "--stage\nresource-transfer\nleyenda\nvalidate\nresource-transfer\n--fresh\n--fresh\n"
                        + "framework\nframework\n\ngrid glossary\n", "\(result.out)\(result.err)")
            }
        }
        let bad = try runInfluence(["--generate-completion-script", "tcsh"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("bash, zsh, fish"))
    }
}

/// Runs a program with arguments; exit status, stdout and stderr.
func runProgram(_ path: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}
