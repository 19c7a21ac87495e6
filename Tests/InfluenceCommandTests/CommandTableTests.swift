import Testing
@testable import influence

/// The table of commands: parsing gives the chosen command typed options, and help is written for
/// the content's cases and stages (or in general words when there is no content to name).
@Suite struct CommandTableTests {
    /// The command and options a command line parses to.
    func parsed(_ arguments: [String]) throws -> (Command, ParsedOptions) {
        guard case .run(let command, let options) = try CommandLineRequest.parse(arguments) else {
            Issue.record("\(arguments) did not parse to a command")
            throw CommandExit(status: 1)
        }
        return (command, options)
    }

    @Test func optionsArriveTyped() throws {
        let (command, options) = try parsed(["print", "3", "--stage", "2", "--questions", "--content=Pack"])
        #expect(command.name == "print")
        #expect(options.argument == "3" && options.secondArgument == nil)
        #expect(options.value(.stage) == "2")
        #expect(options.flag(.questions) && !options.flag(.width))
        #expect(options.contentFolder == "Pack")
        let (open, openOptions) = try parsed(["open", "merida", "7", "--no-mouse"])
        #expect(open.name == "open" && openOptions.arguments == ["merida", "7"] && openOptions.flag(.noMouse))
        // With no command, the first in the table (explore) runs; --lead's value may be left out.
        let (explore, exploreOptions) = try parsed(["--lead", "--fresh"])
        #expect(explore.name == Command.all[0].name && explore.name == "explore")
        #expect(exploreOptions.value(.lead) == "class" && exploreOptions.flag(.fresh))
    }

    @Test func helpCarriesTheContentFolder() throws {
        for arguments in [["help", "open", "--content", "Pack"], ["help", "--content=Pack", "open"],
                          ["open", "--help", "--content", "Pack"], ["open", "--content", "Pack", "-h"]] {
            guard case .help(let command?, let folder) = try CommandLineRequest.parse(arguments) else {
                Issue.record("\(arguments): not help for a command")
                continue
            }
            #expect(command.name == "open" && folder == "Pack", "\(arguments)")
        }
        guard case .help(nil, nil) = try CommandLineRequest.parse(["help"]) else {
            Issue.record("help alone is the overview")
            return
        }
        // After "--" a word is an argument, not --content.
        guard case .help(_, nil) = try CommandLineRequest.parse(["open", "--help", "--", "--content", "x"]) else {
            Issue.record("--content after -- was read as an option")
            return
        }
    }

    @Test func anUnknownOptionNamesItsCommand() {
        #expect {
            _ = try CommandLineRequest.parse(["render", "--size", "80x24", "--colour"])
        } throws: { error in
            guard let error = error as? CommandLineRequest.UsageError else { return false }
            return error.message == "unknown option \"--colour\"" && error.command?.name == "render"
        }
    }

    @Test func theTableHasOneCommandANameAndSpecsAlikeForAnyContent() {
        let names = Command.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names == ["explore", "open", "present", "validate", "print", "export", "render"])
        let builtin = ContentNames.builtin()
        #expect(builtin.cases.count == 5 && builtin.stages.count == 7)
        for command in Command.all {
            // Parsing reads the spec with no names: the same arguments and options as any content's.
            let written = command.describe(builtin)
            #expect(written.name == command.name)
            #expect(written.options.map(\.flag) == command.spec.options.map(\.flag))
            #expect(written.arguments.map(\.name) == command.spec.arguments.map(\.name))
        }
    }

    /// Without content, help names no case or stage, and no count.
    @Test func helpWithoutContentIsGeneral() {
        for command in Command.all {
            let help = command.describe(.unknown).help
            for id in ContentNames.builtin().cases.map(\.id) + ["1\u{2013}5", "1\u{2013}7", "(1-5)", "(1-7)"] {
                #expect(!help.contains(id), "\(command.name): \(id)")
            }
        }
        let open = Command.open.describe(.unknown).help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(open.contains("CASE A case number or id; \"framework\" (or 0) for the argument."), "\(open)")
        #expect(open.contains("A stage: its number, id or name from the stage bar"), "\(open)")
        #expect(ManualPage.description(.unknown) == "A terminal explorer of one published article on US\u{2013}Mexico drug policy: its argument, and the cases it steps stage by stage.")
    }

    @Test func phrasesFollowTheContent() {
        let builtin = ContentNames.builtin()
        #expect(builtin.aCase == "A case number (1\u{2013}5) or id (intercept, condor, leyenda, casablanca, merida)")
        #expect(builtin.stageNumber == "its number (1\u{2013}7)")
        #expect(ManualPage.description(builtin).hasSuffix("its argument, and the five cases it steps through seven stages."))
        // Many cases: the first few ids; numbers that do not run from 1: listed.
        let many = ContentNames(cases: (1...40).map { .init(number: $0, id: "case-\($0)") }, stages: [])
        #expect(many.aCase == "A case number (1\u{2013}40) or id (case-1, case-2, case-3, \u{2026})")
        let odd = ContentNames(cases: [.init(number: 2, id: "b"), .init(number: 5, id: "e")],
                               stages: [.init(number: 1, id: "only", shortTitle: "Only")])
        #expect(odd.aCase == "A case number (2, 5) or id (b, e)")
        #expect(odd.stageNumber == "its number (1)")
        #expect(odd.stageWithExamples == "its number (1), id (only) or name as the stage bar shows it (only)")
        // Examples take their case and stage from the content, fewer when it has fewer.
        #expect(Command.open.describe(odd).examples == ["influence open 5 only", "influence open e 1", "influence open framework only"])
        #expect(Command.open.describe(.unknown).examples == ["influence open framework"])
    }
}
