import Foundation
import Testing
import InfluenceContent
import InfluenceUI
import BuiltinContent
@testable import influence

/// When the place is restored and saved, and what is said when that cannot be done: the explorer
/// driven key by key, with a state folder of the test's own.
@Suite struct PlaceKeeperTests {
    static let content: Content = {
        guard case .success(let content) = BuiltinContent.load() else { fatalError("no built-in content") }
        return content
    }()

    let scratch: StateFileTests.Scratch
    var environment: [String: String] { ["XDG_STATE_HOME": scratch.path] }
    var statePath: String { scratch.path + "/influence/builtin.state" }

    init() throws { scratch = try StateFileTests.Scratch() }

    func explorer() -> Explorer { Explorer(content: Self.content, size: Size(width: 80, height: 24)) }

    func press(_ keys: String, on explorer: Explorer) {
        for name in keys.split(separator: " ") {
            if let key = Key(tmuxName: String(name)) { explorer.press(key) }
        }
    }

    /// A run: the keeper starts the explorer, keys are pressed (each followed by the loop's
    /// afterEvent), and the run ends; what `end` had to say.
    @discardableResult
    func run(_ start: PlaceKeeper.Start = .resume, keys: String, environment: [String: String]? = nil,
             check: (Explorer) -> Void = { _ in }) throws -> String? {
        let keeper = PlaceKeeper(start: start, contentFolder: nil, environment: environment ?? self.environment)
        try keeper.resolve(in: Self.content)
        let e = explorer()
        keeper.begin(e)
        check(e)
        for name in keys.split(separator: " ") {
            press(String(name), on: e)
            e.afterEvent?(e)
        }
        return keeper.end(e)
    }

    @Test func aRunResumesWhereTheLastLeftOffWithItsMarks() throws {
        #expect(try run(keys: "3 6 m a Escape 2") == nil)
        var place: Position?
        var marks: [Character: Position] = [:]
        try run(keys: "") { e in
            place = e.position
            marks = e.marks
            #expect(e.state.message == nil)
        }
        #expect(place?.view == .case && place?.caseID == CaseID("condor") && place?.step == 0)
        #expect(marks.keys.sorted() == ["a"])
        #expect(marks["a"]?.caseID == CaseID("leyenda") && marks["a"]?.step == 5)
    }

    /// A state file damaged in one mark: the place and the other marks come back, the footer says
    /// which mark was dropped, and the save at the end keeps the damaged file aside and says where.
    @Test func aDamagedMarkCostsThatMarkOnly() throws {
        #expect(try run(keys: "3 6 m a Escape 2 m b Escape 5 m c Escape 4") == nil)
        let whole = try String(contentsOfFile: statePath, encoding: .utf8)
        let markB = try #require(whole.range(of: "mark b\ninfluence-position 1\nview case\ncase "))
        let lineOfB = whole[..<markB.lowerBound].filter { $0 == "\n" }.count + 1
        let damaged = whole.replacingCharacters(in: markB, with: "mark b\ninfluence-position 1\nview case\ncase \u{1B}[2J")
        try damaged.write(toFile: statePath, atomically: false, encoding: .utf8)

        let said = try run(keys: "Escape") { e in
            #expect(e.state.message == "Mark b dropped: state file is damaged (line \(lineOfB + 3))")
            #expect(e.position.caseID == CaseID("casablanca"))
            #expect(e.marks.keys.sorted() == ["a", "c"])
        }
        #expect(said == "influence: the damaged state file is kept as \(statePath).damaged")
        #expect(try String(contentsOfFile: statePath + ".damaged", encoding: .utf8) == damaged)
        try run(keys: "") { e in
            #expect(e.state.message == nil, "the new file is whole")
            #expect(e.position.view == .home, "the second run's place")
            #expect(e.marks.keys.sorted() == ["a", "c"])
        }
    }

    @Test func aDamagedPlaceIsSaidAndTheMarksKept() throws {
        #expect(try run(keys: "3 6 m a Escape 2") == nil)
        let whole = try String(contentsOfFile: statePath, encoding: .utf8)
        try whole.replacingOccurrences(of: "place\ninfluence-position 1\nview case\n", with: "place\ninfluence-position 1\nview nowhere\n")
            .write(toFile: statePath, atomically: false, encoding: .utf8)
        try run(keys: "") { e in
            #expect(e.state.message == "Place not restored: state file is damaged (line 4)")
            #expect(e.position.view == .home)
            #expect(e.marks.keys.sorted() == ["a"])
        }
        #expect(PlaceKeeper.notice(dropping: [.init(part: .place, problem: .cutShort), .init(part: .mark("b"), problem: .damaged(line: 9)),
                                              .init(part: .mark("c"), problem: .damaged(line: 14))])
                == "Place not restored, marks b and c dropped: state file is cut short")
    }

    /// Saves while the place changes come at most every two seconds: right after the start, a
    /// change is not written yet, and the loop is asked to wake when it will be due.
    @Test func changesAreSavedAfterAnIntervalNotAtOnce() throws {
        let keeper = PlaceKeeper(start: .resume, contentFolder: nil, environment: environment)
        let e = explorer()
        keeper.begin(e)
        press("3", on: e)
        e.afterEvent?(e)
        #expect(!FileManager.default.fileExists(atPath: statePath))
        let wake = try #require(e.wakeAfter)
        #expect(wake > 0 && wake <= Int(PlaceKeeper.interval * 1000) + 1)
        #expect(keeper.end(e) == nil)
        #expect(FileManager.default.fileExists(atPath: statePath))
    }

    @Test func everyEventIsSavedInTheTestMode() throws {
        var testMode = environment
        testMode["INFLUENCE_TEST_SAVE_EVERY_EVENT"] = "1"
        let keeper = PlaceKeeper(start: .resume, contentFolder: nil, environment: testMode)
        let e = explorer()
        keeper.begin(e)
        for (key, step) in [("4", 0), ("Right", 1), ("Right", 2)] {
            press(key, on: e)
            e.afterEvent?(e)
            let text = (try? String(contentsOfFile: statePath, encoding: .utf8)) ?? ""
            #expect(text.contains("case casablanca\nstep \(step)\n"), "\(text)")
        }
    }

    @Test func freshNeitherReadsNorStartsAnywhereButHome() throws {
        try run(keys: "3 m b")
        try Data("influence-state 1\nfolder built-in\npla".utf8).write(to: URL(fileURLWithPath: statePath))
        try run(.fresh, keys: "") { e in
            #expect(e.position.view == .home)
            #expect(e.marks.isEmpty)
            #expect(e.state.message == nil, "the state file was read")
        }
        // This run's place and marks are saved in their stead.
        #expect(try String(contentsOfFile: statePath, encoding: .utf8).contains("view home"))
    }

    @Test func openGoesToItsPlaceAndKeepsTheMarks() throws {
        try run(keys: "5 m z")
        try run(.open(caseKey: "2", stage: "outcome"), keys: "") { e in
            #expect(e.position.caseID == CaseID("condor") && e.position.step == 6)
            #expect(e.marks["z"]?.caseID == CaseID("merida"))
        }
        try run(.elsewhere, keys: "") { e in
            #expect(e.position.view == .home, "present puts the explorer where it presents, not here")
            #expect(e.marks["z"] != nil)
        }
    }

    @Test func aNewerProgramsStateIsNeitherUsedNorWrittenOver() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/influence", withIntermediateDirectories: true)
        let newer = Data("influence-state 2\nsomething\nend\n".utf8)
        try newer.write(to: URL(fileURLWithPath: statePath))
        try run(keys: "3 Right") { e in
            #expect(e.state.message == "Place not restored or saved: state from a newer influence")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: statePath)) == newer)
    }

    /// A save that fails is said once: in the footer when the explorer is up, else on stderr after.
    @Test func aFailedSaveIsSaidOnce() throws {
        try "a file".write(toFile: scratch.path + "/file", atomically: false, encoding: .utf8)
        let blocked = ["XDG_STATE_HOME": scratch.path + "/file/state"]
        var said: String?
        let unsaid = try run(keys: "3", environment: blocked) { e in said = e.state.message }
        #expect(said == "Place not saved (Not a directory): \(scratch.path)/file")
        #expect(unsaid == nil, "said again")

        // The folder goes away under a running explorer: its last save fails, and that is said.
        let keeper = PlaceKeeper(start: .resume, contentFolder: nil, environment: environment)
        let e = explorer()
        keeper.begin(e)
        #expect(e.state.message == nil)
        press("3", on: e)
        try FileManager.default.removeItem(atPath: scratch.path + "/influence")
        try "in the way".write(toFile: scratch.path + "/influence", atomically: false, encoding: .utf8)
        #expect(keeper.end(e) == "influence: place not saved (Not a directory): \(scratch.path)/influence")
    }
}

/// A run that resumes at home keeps the fast start: the first frame is drawn from the home summary,
/// before the whole content is read; any other place needs the content first.
@Suite struct PlaceKeeperStartTests {
    @Test func resumingAtHomeDoesNotReadTheWholeContent() throws {
        let scratch = try StateFileTests.Scratch()
        let environment = ["XDG_STATE_HOME": scratch.path]
        let file = try StateFile.locate(contentFolder: nil, environment: environment).get()
        #expect(file.prepareFolder() == nil)
        let marks: [Character: Position] = ["c": Position(view: .case, caseID: CaseID("condor"), step: 2)]
        #expect(file.write(SavedState(folder: SavedState.builtIn, place: Position(view: .home, item: 3), marks: marks)) == nil)

        let keeper = PlaceKeeper(start: .resume, contentFolder: nil, environment: environment)
        #expect(!keeper.needsContent)
        let content = PlaceKeeperTests.content
        var loaded = false
        let e = Explorer(home: HomeSummary(content), load: { loaded = true; return content }, size: Size(width: 80, height: 24))
        keeper.begin(e)
        _ = e.frame()
        #expect(!loaded, "the whole content was read before the first frame")
        #expect(e.position == Position(view: .home, item: 3))
        #expect(e.marks == marks)
        #expect(e.state.message == nil)

        #expect(file.write(SavedState(folder: SavedState.builtIn, place: Position(view: .case, caseID: CaseID("condor"), step: 2))) == nil)
        #expect(PlaceKeeper(start: .resume, contentFolder: nil, environment: environment).needsContent)
        #expect(!PlaceKeeper(start: .fresh, contentFolder: nil, environment: environment).needsContent)
        #expect(PlaceKeeper(start: .open(caseKey: "1", stage: nil), contentFolder: nil, environment: environment).needsContent)
    }
}
