import Foundation
import Testing
import InfluenceContent
import InfluenceText
import InfluenceUI
import BuiltinContent
@testable import influence

/// The state file on disk: where it lives, how it is read (safely) and written (atomically).
@Suite struct StateFileTests {
    /// A new empty folder for one test, removed at the end.
    final class Scratch {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("influence-statefile-\(UUID().uuidString)")
        var path: String { url.path }
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let state = SavedState(folder: SavedState.builtIn, place: Position(view: .case, caseID: CaseID("leyenda"), step: 5),
                                  marks: ["a": Position(view: .presenter, caseID: CaseID("condor"), step: 2, reveal: 1)])

    func file(in scratch: Scratch) throws -> StateFile {
        try StateFile.locate(contentFolder: nil, environment: ["XDG_STATE_HOME": scratch.path + "/state"]).get()
    }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func theStateLivesUnderXDGStateHomeOrHome() throws {
        let xdg = try StateFile.locate(contentFolder: nil, environment: ["XDG_STATE_HOME": "/x/state/", "HOME": "/home/ana"]).get()
        #expect(xdg.path == "/x/state/influence/builtin.state")
        #expect(xdg.content == SavedState.builtIn)
        // A relative XDG_STATE_HOME is not valid (the XDG rules): the default is used.
        let relative = try StateFile.locate(contentFolder: nil, environment: ["XDG_STATE_HOME": "state", "HOME": "/home/ana/"]).get()
        #expect(relative.path == "/home/ana/.local/state/influence/builtin.state")
        #expect(relative.shown(relative.path) == "~/.local/state/influence/builtin.state")
        let empty = try StateFile.locate(contentFolder: nil, environment: ["XDG_STATE_HOME": "", "HOME": "/home/ana"]).get()
        #expect(empty.folder == "/home/ana/.local/state/influence")
    }

    /// A content folder's file is named by a hash of its real path, which the file records.
    @Test func aContentFolderHasItsOwnFileByItsRealPath() throws {
        let scratch = try Scratch()
        let content = scratch.path + "/My Content"
        try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link", withDestinationPath: content)
        let environment = ["XDG_STATE_HOME": scratch.path + "/state"]
        let direct = try StateFile.locate(contentFolder: content, environment: environment).get()
        let viaLink = try StateFile.locate(contentFolder: scratch.path + "/link/../My Content/", environment: environment).get()
        #expect(direct.name == viaLink.name)
        #expect(direct.content == viaLink.content)
        #expect(direct.content.hasSuffix("/My Content") && direct.content.hasPrefix("/"))
        #expect(direct.name.wholeMatch(of: /content-[0-9a-f]{16}\.state/) != nil, "\(direct.name)")
        let builtIn = try file(in: scratch)
        #expect(builtIn.name == "builtin.state")
        // FNV-1a, 64 bits: the same name in every run and build.
        #expect(StateFile.hash("") == "cbf29ce484222325")
        #expect(StateFile.hash("a") == "af63dc4c8601ec8c")
        #expect(StateFile.hash("/home/ana/MyContent") == "6248f56f97256a70", "the README's example")
    }

    @Test func writeThenReadWithPrivateModes() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.read() == .missing)
        #expect(file.prepareFolder() == nil)
        #expect(try mode(scratch.path + "/state") == 0o700)
        #expect(try mode(file.folder) == 0o700)
        #expect(file.write(Self.state) == nil)
        #expect(file.read() == .state(Self.state))
        #expect(try mode(file.path) == 0o600)
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == Self.state.record)
        var moved = Self.state
        moved.place = Position(view: .home, item: 3)
        #expect(file.write(moved) == nil)
        #expect(file.read() == .state(moved))
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.folder) == ["builtin.state"])
    }

    /// The new state goes to a file of its own first: the one in place is replaced whole by rename,
    /// so a reader holding it open still reads the old state, complete.
    @Test func aWriteReplacesTheFileWholeByRename() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        #expect(file.write(Self.state) == nil)
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? NSNumber
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: file.path))
        defer { try? reader.close() }
        #expect(file.write(SavedState(folder: SavedState.builtIn, place: Position(view: .grid, step: 3))) == nil)
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? NSNumber
        #expect(before != after, "written in place, not renamed over")
        #expect(String(decoding: reader.readDataToEndOfFile(), as: UTF8.self) == Self.state.record)
    }

    @Test func aSymlinkIsNeitherReadNorFollowedForWriting() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        let target = scratch.path + "/precious"
        try Self.state.record.write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: target)
        #expect(file.read() == .refused("is a symlink", keep: false))
        let other = SavedState(folder: SavedState.builtIn, place: Position(view: .timeline, item: 4))
        #expect(file.write(other) == nil)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == Self.state.record, "the link's target was written")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) == nil, "still a link")
        #expect(file.read() == .state(other))
    }

    @Test func aPipeOrAFolderInItsPlaceIsRefusedWithoutWaiting() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        #expect(mkfifo(file.path, 0o600) == 0)
        #expect(file.read() == .refused("is not a regular file", keep: false))
        #expect(file.write(Self.state) == nil)
        #expect(file.read() == .state(Self.state))
        try FileManager.default.removeItem(atPath: file.path)
        try FileManager.default.createDirectory(atPath: file.path, withIntermediateDirectories: false)
        #expect(file.read() == .refused("is not a regular file", keep: false))
        let failure = file.write(Self.state)
        #expect(failure == StateFile.Failure(error: "Is a directory", path: file.path), "\(String(describing: failure))")
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.folder) == ["builtin.state"], "a temporary was left")
    }

    @Test func whatIsNotAStateIsRefusedAndANewerOneKept() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        func put(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: file.path)) }
        try put(Array(Self.state.record.utf8.dropLast(5)))
        // Cut in its last record (mark a): the place before it is whole, and kept.
        #expect(file.read() == .partial(SavedState.Salvage(folder: SavedState.builtIn, place: Self.state.place, marks: [:],
                                                           dropped: [.init(part: .mark("a"), problem: .cutShort)])))
        try put(Array(Self.state.record.utf8.prefix(30)))
        #expect(file.read() == .refused("is cut short", keep: false))
        try put([UInt8](repeating: 0x41, count: 1 << 20))
        #expect(file.read() == .refused("is too long", keep: false))
        try put([0x00, 0xFF, 0x1B, 0x5B])
        #expect(file.read() == .refused("is not text", keep: false))
        try put(Array("influence-state 3\nwhat the future holds\n".utf8))
        #expect(file.read() == .refused("is from a newer influence (format 3)", keep: true))
        var elsewhere = Self.state
        elsewhere.folder = "/somewhere/else"
        try put(Array(elsewhere.record.utf8))
        #expect(file.read() == .refused("is for another folder", keep: false))
    }

    /// A file read only in part is never written over: the first save keeps it as
    /// `builtin.state.damaged`, byte for byte, and writes what was whole with the run's changes.
    @Test func aFileReadInPartIsKeptAsideBeforeItIsReplaced() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        var three = Self.state
        three.marks["b"] = Position(view: .case, caseID: CaseID("merida"), step: 1, anchor: Anchor(block: 0, offset: 18))
        three.marks["c"] = Position(view: .grid, step: 3)
        let damaged = Data(three.record.replacingOccurrences(of: "anchor 0 18\n", with: "anchor 0 18446744073709551616\n").utf8)
        try damaged.write(to: URL(fileURLWithPath: file.path))
        guard case .partial(let salvage) = file.read() else {
            Issue.record("not read in part: \(file.read())")
            return
        }
        #expect(salvage.place == three.place)
        #expect(salvage.marks.keys.sorted() == ["a", "c"])
        #expect(salvage.dropped.map(\.part) == [.mark("b")])

        var next = salvage.state
        next.marks["d"] = Position(view: .timeline, item: 2)
        let saved = file.save(next, loaded: salvage.marks)
        #expect(saved == StateFile.Saved(failure: nil, keptAside: file.damagedPath))
        #expect(try Data(contentsOf: URL(fileURLWithPath: file.damagedPath)) == damaged, "the original, byte for byte")
        guard case .state(let now) = file.read() else {
            Issue.record("not whole after the save: \(file.read())")
            return
        }
        #expect(now.marks.keys.sorted() == ["a", "c", "d"])
        #expect(now.place == three.place)
        // The next save finds a whole file: nothing more is kept aside.
        #expect(file.save(now, loaded: now.marks) == StateFile.Saved(failure: nil, keptAside: nil))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: file.folder)) == ["builtin.state", "builtin.state.damaged"])
    }

    /// Two runs of one user, each setting its own mark, save one after the other: both marks are
    /// in the file; a mark both set is the later one's; the place is the last run's.
    @Test func twoRunsSavingKeepEachOthersMarks() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        #expect(file.write(Self.state) == nil)
        let loaded = Self.state.marks
        var first = Self.state
        first.marks["b"] = Position(view: .grid, step: 1)
        first.marks["z"] = Position(view: .home, item: 1)
        var second = Self.state
        second.place = Position(view: .timeline, item: 7)
        second.marks["c"] = Position(view: .grid, step: 2)
        second.marks["z"] = Position(view: .home, item: 2)
        #expect(file.save(first, loaded: loaded).failure == nil)
        #expect(file.save(second, loaded: loaded).failure == nil)
        guard case .state(let now) = file.read() else {
            Issue.record("\(file.read())")
            return
        }
        #expect(now.place == second.place)
        #expect(now.marks.keys.sorted() == ["a", "b", "c", "z"])
        #expect(now.marks["b"] == first.marks["b"] && now.marks["c"] == second.marks["c"])
        #expect(now.marks["z"] == second.marks["z"])
        // A mark the second run only carried from the start does not undo the first run's change.
        var third = Self.state
        third.marks["b"] = Position(view: .grid, step: 5)
        #expect(file.save(third, loaded: loaded).failure == nil)
        #expect(file.save(Self.state, loaded: loaded).failure == nil)
        guard case .state(let last) = file.read() else { return }
        #expect(last.marks["b"] == third.marks["b"])
    }

    /// A folder that cannot be made or written in is said, with the path and the system's words.
    @Test func aFolderThatCannotBeMadeIsSaid() throws {
        let scratch = try Scratch()
        try "not a folder".write(toFile: scratch.path + "/file", atomically: false, encoding: .utf8)
        let file = try StateFile.locate(contentFolder: nil, environment: ["XDG_STATE_HOME": scratch.path + "/file/state"]).get()
        #expect(file.prepareFolder()?.reason == "(Not a directory): \(scratch.path)/file")
        #expect(file.write(Self.state) == StateFile.Failure(error: "Not a directory", path: scratch.path + "/file/state/influence"))
        #expect(file.read() == .missing)
    }

    /// A process killed between creating its new file and renaming it leaves the new file behind;
    /// the next run removes those of processes that are gone, and no other file.
    @Test func newFilesLeftByKilledProcessesAreRemoved() throws {
        let scratch = try Scratch()
        let file = try file(in: scratch)
        #expect(file.prepareFolder() == nil)
        let gone = file.temporaryPath(for: 999_999_999 % Int32.max)
        let alive = file.temporaryPath(for: 1)
        let others = [file.folder + "/content-0123456789abcdef.state.5.tmp", file.folder + "/builtin.state.x.tmp",
                      file.folder + "/notes.txt"]
        for path in [gone, alive] + others { try "partial".write(toFile: path, atomically: false, encoding: .utf8) }
        file.removeStaleTemporaries()
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: file.folder))
        #expect(!left.contains((gone as NSString).lastPathComponent))
        #expect(left == Set(([alive] + others).map { ($0 as NSString).lastPathComponent }))
        // Its own pid's leftover (a pid used again) does not stop a write.
        try "partial".write(toFile: file.temporaryPath(for: getpid()), atomically: false, encoding: .utf8)
        #expect(file.write(Self.state) == nil)
        #expect(file.read() == .state(Self.state))
        #expect(!FileManager.default.fileExists(atPath: file.temporaryPath(for: getpid())))
    }

    /// `influence open CASE [STAGE]`: names as `print` takes them; what the content lacks is a usage error.
    @Test func openNamesAPlace() throws {
        let content = try BuiltinContent.load().get()
        #expect(try PlaceKeeper.position(caseKey: "3", stage: "resources", content: content)
                == Position(view: .case, caseID: CaseID("leyenda"), step: 5))
        #expect(try PlaceKeeper.position(caseKey: "merida", stage: nil, content: content)
                == Position(view: .case, caseID: CaseID("merida"), step: 0))
        #expect(try PlaceKeeper.position(caseKey: "Condor", stage: "7", content: content).step == 6)
        #expect(try PlaceKeeper.position(caseKey: "framework", stage: "institutions", content: content) == .framework(stage: 3))
        #expect(try PlaceKeeper.position(caseKey: "0", stage: nil, content: content) == .framework(stage: nil))
        #expect(throws: CommandExit.self) { try PlaceKeeper.position(caseKey: "9", stage: nil, content: content) }
        #expect(throws: CommandExit.self) { try PlaceKeeper.position(caseKey: "3", stage: "8", content: content) }
        #expect(throws: CommandExit.self) { try PlaceKeeper.position(caseKey: "grid", stage: nil, content: content) }
    }
}
