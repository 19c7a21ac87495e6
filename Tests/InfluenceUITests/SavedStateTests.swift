import Testing
import InfluenceContent
import InfluenceText
@testable import InfluenceUI

/// The state file's format: what one run keeps for the next (the place and the marks), read back
/// strictly as untrusted input.
@Suite struct SavedStateTests {
    static let size = Size(width: 100, height: 30)

    /// A state with a place and marks from real screens.
    static func sample(folder: String = SavedState.builtIn) -> SavedState {
        let reading = explorer(size, keys: "3 6 j j j j")
        let presenter = explorer(size, keys: "2 p Space Space")
        let grid = explorer(size, keys: "c j j l")
        return SavedState(folder: folder, place: reading.state.position(env: reading.env),
                          marks: ["a": presenter.state.position(env: presenter.env),
                                  "Z": grid.state.position(env: grid.env),
                                  "q": Position(view: .home, item: 2)])
    }

    @Test(arguments: [SavedState.builtIn, "/home/ana/My Content", "/tmp/100%/x", "/tmp/new\nline\tand\u{7F}",
                      "/srv/Mérida/ü", "/%41"])
    func aStateReadsBackTheSame(folder: String) throws {
        let state = Self.sample(folder: folder)
        let record = state.record
        #expect(record.hasPrefix("influence-state 1\nfolder "))
        #expect(record.hasSuffix("\nend\n"))
        // One line per entry: a folder's newline or tab does not break the format.
        #expect(record.split(separator: "\n")[1].allSatisfy { !$0.isNewline })
        let read = try SavedState.read(Array(record.utf8)).get()
        #expect(read == state)
    }

    @Test func aPlaceWithItsMarksComesBackOnScreen() throws {
        let state = try SavedState.read(Array(Self.sample().record.utf8)).get()
        let e = explorer(Self.size)
        e.go(to: state.place)
        e.marks = state.marks
        #expect(e.place == "leyenda 6")
        #expect(e.frame().text == explorer(Self.size, keys: "3 6 j j j j").frame().text)
        e.press(.char("'"))
        e.press(.char("a"))
        #expect(e.frame().text.contains("Case 2 · 1/7"))
    }

    @Test func theMarksAreWrittenInOrder() {
        let lines = Self.sample().record.split(separator: "\n").filter { $0.hasPrefix("mark ") }
        #expect(lines == ["mark Z", "mark a", "mark q"])
    }

    static let valid = sample().record

    @Test(arguments: [
        ("", SavedState.Problem.cutShort),
        ("influence-st", .cutShort),
        ("influence-state 1", .cutShort),
        ("influence-state 1\n", .cutShort),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nend", .cutShort),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nend\nmore\n", .damaged(line: 7)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nend\n\n", .damaged(line: 7)),
        ("influence-state 2\nanything at all\n", .newer(version: 2)),
        ("influence-state 12", .newer(version: 12)),
        ("influence-state 0\n", .notAStateFile),
        ("influence-state one\n", .notAStateFile),
        ("influence-position 1\nview home\n", .notAStateFile),
        ("#!/bin/sh\nrm -rf /\n", .notAStateFile),
        ("influence-state 1\nplace\ninfluence-position 1\nview home\nend\n", .damaged(line: 2)),
        ("influence-state 1\nfolder /a%2\nplace\ninfluence-position 1\nview home\nend\n", .damaged(line: 2)),
        ("influence-state 1\nfolder /a%41\nplace\ninfluence-position 1\nview home\nend\n", .damaged(line: 2)),
        ("influence-state 1\nfolder /a%0a\nplace\ninfluence-position 1\nview home\nend\n", .damaged(line: 2)),
        ("influence-state 1\nfolder built-in\nend\n", .damaged(line: 3)),
        ("influence-state 1\nend\n", .damaged(line: 2)),
        ("influence-state 1\nfolder built-in\nmark a\ninfluence-position 1\nview home\nend\n", .damaged(line: 3)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nplace\ninfluence-position 1\nview home\nend\n", .damaged(line: 6)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nmark aa\ninfluence-position 1\nview home\nend\n", .damaged(line: 6)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nmark 1\ninfluence-position 1\nview home\nend\n", .damaged(line: 6)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nmark é\ninfluence-position 1\nview home\nend\n", .damaged(line: 6)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nmark a\ninfluence-position 1\nview home\nmark a\ninfluence-position 1\nview home\nend\n", .damaged(line: 9)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nmark a\nend\n", .damaged(line: 7)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview nowhere\nend\n", .damaged(line: 4)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview case\ncase \u{1B}]0;x\u{07}\nend\n", .damaged(line: 6)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview case\nstep 99999999\nend\n", .damaged(line: 4)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\ncolour red\nend\n", .damaged(line: 4)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview case\ncase condor\nstep 05\nend\n", .damaged(line: 7)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview  home\nend\n", .damaged(line: 5)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nmark b\ninfluence-position 1\nview home\nmark a\ninfluence-position 1\nview home\nend\n", .damaged(line: 6)),
        ("influence-state 1\r\nfolder built-in\r\nplace\r\ninfluence-position 1\r\nview home\r\nend\r\n", .notAStateFile),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\r\nend\n", .damaged(line: 5)),
        ("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\n\nview home\nend\n", .damaged(line: 5)),
        ("influence-state 1\nfolder built\u{0}in\nplace\ninfluence-position 1\nview home\nend\n", .damaged(line: 2)),
    ])
    func whatIsNotAWholeStateIsRefused(text: String, problem: SavedState.Problem) {
        #expect(SavedState.read(Array(text.utf8)) == .failure(problem))
    }

    @Test func theSmallestStateIsRead() throws {
        let state = try SavedState.read(Array("influence-state 1\nfolder built-in\nplace\ninfluence-position 1\nview home\nend\n".utf8)).get()
        #expect(state == SavedState(folder: "built-in", place: Position(view: .home)))
    }

    @Test func bytesThatAreNotTextOrTooManyAreRefused() {
        #expect(SavedState.read([0xFF, 0xFE, 0x00, 0x41]) == .failure(.notText))
        #expect(SavedState.read(Array(Array("influence-state 1\nfolder \u{FF}".utf8).dropLast(2)) + [0xC3]) == .failure(.notText))
        let long = [UInt8](repeating: 0x61, count: SavedState.maximumSize + 1)
        #expect(SavedState.read(long) == .failure(.tooLong(bytes: SavedState.maximumSize + 1)))
    }

    /// The file always ends with "end": whatever point a write was cut at, the part is refused.
    @Test func everyPartOfAStateIsRefused() {
        let bytes = Array(Self.valid.utf8)
        for count in 0..<bytes.count {
            if case .success = SavedState.read(Array(bytes[..<count])) {
                Issue.record("the first \(count) of \(bytes.count) bytes were read as a state")
            }
        }
        #expect((try? SavedState.read(bytes).get()) != nil)
    }

    /// Damage anywhere, a byte at a time, never crashes the reader, and what it accepts is a state
    /// that writes back as the same bytes (nothing slips through half-read).
    @Test func damagedBytesAreReadSafely() {
        var random = SeededRandom(seed: 11)
        let bytes = Array(Self.valid.utf8)
        for _ in 0..<3000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let index = Int.random(in: 0..<damaged.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: damaged[index] = UInt8.random(in: 0...255, using: &random)
                case 1: damaged.remove(at: index)
                default: damaged.insert(UInt8.random(in: 0...255, using: &random), at: index)
                }
            }
            if case .success(let state) = SavedState.read(damaged) {
                #expect(Array(state.record.utf8) == damaged, "accepted bytes that are not what it writes")
            }
            // Read record by record, each record kept stands in the file as it is written.
            if case .success(let salvage) = SavedState.salvage(damaged) {
                let text = String(decoding: damaged, as: UTF8.self)
                if let place = salvage.place { #expect(text.contains("\nplace\n" + place.record)) }
                for (letter, position) in salvage.marks {
                    #expect(text.contains("\nmark \(letter)\n" + position.record), "mark \(letter) kept from bytes that do not hold it")
                }
            }
        }
    }

    /// The state the damage tests start from: a place and marks a, b and c.
    static let threeMarks = SavedState(folder: SavedState.builtIn, place: Position(view: .case, caseID: CaseID("leyenda"), step: 5),
                                       marks: ["a": Position(view: .presenter, caseID: CaseID("condor"), step: 2, reveal: 1),
                                               "b": Position(view: .case, caseID: CaseID("merida"), step: 1, anchor: Anchor(block: 0, offset: 18)),
                                               "c": Position(view: .grid, step: 3)])

    /// One damaged record costs that record only: the place and the other marks are kept, and what
    /// was dropped is said with its line.
    @Test(arguments: [
        ("anchor out of range", "anchor 0 18\n", "anchor 0 18446744073709551616\n"),
        ("escape sequences in a case id", "case merida\n", "case \u{1B}]0;pwned\u{07}\u{1B}[2J\n"),
        ("a line of another kind", "case merida\n", "case merida\ncolour red\n"),
    ])
    func aDamagedMarkIsDroppedAndTheRestKept(name: String, whole: String, damaged: String) throws {
        let text = Self.threeMarks.record
        let markB = try #require(text.range(of: "mark b\n"))
        let target = try #require(text.range(of: whole, range: markB.upperBound..<text.endIndex))
        let bad = text.replacingCharacters(in: target, with: damaged)
        let salvage = try SavedState.salvage(Array(bad.utf8)).get()
        #expect(salvage.place == Self.threeMarks.place, "\(name)")
        #expect(salvage.marks.keys.sorted() == ["a", "c"], "\(name)")
        #expect(salvage.marks["a"] == Self.threeMarks.marks["a"] && salvage.marks["c"] == Self.threeMarks.marks["c"])
        let line = bad[..<markB.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(salvage.dropped.count == 1)
        #expect(salvage.dropped.first?.part == .mark("b"))
        guard case .damaged(let at)? = salvage.dropped.first?.problem else {
            Issue.record("\(name): \(salvage.dropped)")
            return
        }
        #expect(at > line && at <= line + 6, "\(name): line \(at), mark b at \(line)")
        // Still refused as a whole state.
        #expect(SavedState.read(Array(bad.utf8)) == .failure(.damaged(line: at)))
    }

    /// A file cut off anywhere after the folder keeps every record before the one it was cut in.
    @Test func aFileCutShortKeepsTheRecordsBeforeTheCut() throws {
        let bytes = Array(Self.threeMarks.record.utf8)
        let text = Self.threeMarks.record
        let markC = try #require(text.range(of: "mark c\n"))
        let cut = text.utf8.distance(from: text.startIndex, to: markC.upperBound) + 8
        let salvage = try SavedState.salvage(Array(bytes[..<cut])).get()
        #expect(salvage.place == Self.threeMarks.place)
        #expect(salvage.marks == ["a": Self.threeMarks.marks["a"]!, "b": Self.threeMarks.marks["b"]!])
        #expect(salvage.dropped == [SavedState.Dropped(part: .mark("c"), problem: .cutShort)])
        // Cut at every byte: never more than what was written, never a record that was cut.
        let written = try SavedState.read(bytes).get()
        for count in 0..<bytes.count {
            guard case .success(let part) = SavedState.salvage(Array(bytes[..<count])) else { continue }
            if let place = part.place { #expect(place == written.place, "cut at \(count)") }
            for (letter, position) in part.marks { #expect(written.marks[letter] == position, "cut at \(count): mark \(letter)") }
            #expect(!part.dropped.isEmpty, "cut at \(count) read as whole")
        }
    }

    /// A damaged place is dropped, the marks kept; the explorer goes on from home.
    @Test func aDamagedPlaceKeepsTheMarks() throws {
        let bad = Self.threeMarks.record.replacingOccurrences(of: "step 5\n", with: "step 99999999999999999999\n")
        let salvage = try SavedState.salvage(Array(bad.utf8)).get()
        #expect(salvage.place == nil)
        #expect(salvage.state.place == Position(view: .home))
        #expect(salvage.marks == Self.threeMarks.marks)
        #expect(salvage.dropped == [SavedState.Dropped(part: .place, problem: .damaged(line: 4))])
    }

    @Test func aFullStateFitsTheLimit() {
        let place = Position(view: .presenter, caseID: CaseID(String(repeating: "c", count: 64)), step: 1_000_000,
                             reveal: 1_000_000, anchor: Anchor(block: 1_000_000, offset: 1_000_000), item: 1_000_000)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let folder = "/" + String(repeating: "\u{1}", count: 4095)
        let state = SavedState(folder: folder, place: place, marks: Dictionary(uniqueKeysWithValues: letters.map { ($0, place) }))
        let bytes = Array(state.record.utf8)
        #expect(bytes.count <= SavedState.maximumSize, "\(bytes.count) bytes")
        #expect(SavedState.read(bytes) == .success(state))
    }
}

/// A small deterministic generator (SplitMix64), so a failing case can be run again.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
