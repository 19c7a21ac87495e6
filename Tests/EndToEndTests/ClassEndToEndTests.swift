import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A class as a teacher runs it: a presenter and followers in their own terminals, at their own
/// sizes, doing what students do. Each test is one thing that broke a class in its first minutes.
@Suite(.serialized) struct ClassEndToEndTests {
    /// A student who reads the help is not lost: the presenter's move is made beneath the box, Esc
    /// shows it, looking never detaches, and q asks before it quits.
    @Test func aStudentReadingTheHelpStaysWithTheClass() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let lead = try TerminalHarness(["present", "3", "--lead", "--room-dir", room.path], width: 120, height: 34)
        defer { lead.close() }
        try lead.waitFor("Leyenda › The US move")
        let student = try TerminalHarness(["--follow", "--room-dir", room.path], width: 80, height: 24)
        defer { student.close() }
        try student.waitFor("Leyenda › The US move", "Following the presenter")
        try student.press("?")
        try student.waitFor("Keys: Presenter mode")
        try lead.press("2")
        try lead.waitFor("Leyenda › Mexico's response")
        // The help is still open; the move is beneath it, and said.
        let reading = try student.waitFor("The presenter moved — Esc to see")
        #expect(reading.contains("Keys: Presenter mode"))
        try student.press("Escape")
        try student.waitFor("Leyenda › Mexico's response", "Following the presenter")
        // q asks; any other key stays (and the student still follows).
        try student.press("q")
        try student.waitFor("You follow a presenter: q again quits, any other key stays")
        try student.press("j")
        try student.waitFor("Following the presenter")
        try student.quitWhenAsked()
        #expect(try student.waitForExit() == 0)
        try lead.quitWhenAsked()
        #expect(try lead.waitForExit() == 0)
    }

    /// Presenter mode is not left by accident: Esc leaves it for the same case and stage, and q
    /// asks while a class follows.
    @Test func presenterModeIsNotLeftByAccident() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let lead = try TerminalHarness(["present", "3", "--stage", "4", "--lead", "--room-dir", room.path])
        defer { lead.close() }
        try lead.waitFor("Leyenda › ◆ Institutionalization")
        try lead.press("q")
        try lead.waitFor("Your class follows you: q again quits, any other key stays")
        try lead.press("Escape")
        // The key that answered the question does nothing else.
        try lead.waitFor("Leyenda › ◆ Institutionalization")
        try lead.press("Escape")
        try lead.waitFor("Case 3/5 · Leyenda (1985–1991) › 4/7 Institutionalization")
        try lead.quitWhenAsked()
        #expect(try lead.waitForExit() == 0)
    }

    /// Help opens at the screen's own keys, and over presenter mode no key means two things: in a
    /// note box, t does not put the timeline on the projector.
    @Test func helpIsForTheScreenAndTMeansOneThing() throws {
        let t = try TerminalHarness(["present", "3"])
        defer { t.close() }
        try t.waitFor("Leyenda › The US move")
        try t.press("?")
        let help = try t.waitFor("Keys: Presenter mode")
        #expect(help.split(separator: "\n")[2].contains("Presenter mode"))
        #expect(!help.contains("…"))
        try t.press("Escape", "Space", "Space", ".", "Enter")
        try t.waitFor("Esc close")
        try t.press("t")
        try t.waitFor("t opens a view: Esc closes the box first")
        try t.press("Escape", "t")
        try t.waitFor("paused")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// A wrong room name does not wait in silence: the status says for how long, for which room,
    /// and which rooms the folder has.
    @Test func aWrongRoomNameSaysWhichRoomsThereAre() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let lead = try TerminalHarness(["--lead", "--room-dir", room.path])
        defer { lead.close() }
        try lead.waitFor("Leading room class")
        let student = try TerminalHarness(["--follow", "clas", "--room-dir", room.path], width: 100)
        defer { student.close() }
        try student.waitFor("Waiting for the presenter…", "in clas; also here: class")
        try student.waitFor("s in clas")
        try student.quitWhenAsked()
        #expect(try student.waitForExit() == 0)
    }

    /// The speaker's view counts the students following the room, on this machine.
    @Test func theSpeakersViewCountsTheClass() throws {
        let room = try TestRoom()
        defer { room.remove() }
        let follow = ["--follow", "--room-dir", room.path]
        let first = try TerminalHarness(follow), second = try TerminalHarness(follow)
        defer { first.close(); second.close() }
        try first.waitFor("Waiting for the presenter…")
        try second.waitFor("Waiting for the presenter…")
        let lead = try TerminalHarness(["present", "3", "--speaker", "--lead", "--room-dir", room.path], width: 140, height: 34)
        defer { lead.close() }
        try lead.waitFor("Speaker's view", "2 students following")
        try second.quitWhenAsked()
        #expect(try second.waitForExit() == 0)
        try lead.press("Space")   // the clock runs: the count is looked at again every few seconds
        try lead.waitFor("1 student following", timeout: 20)
        try first.waitFor("Following the presenter")
        #expect(!(try first.waitFor("Leyenda")).contains("Speaker's view"))
        try lead.quitWhenAsked()
        #expect(try lead.waitForExit() == 0)
    }

    /// `influence present framework` puts the article's argument on the projector, a section at a time.
    @Test func theArgumentCanBePresented() throws {
        let t = try TerminalHarness(["present", "framework"])
        defer { t.close() }
        try t.waitFor("Argument › The paradox: weak state, strong power", "The argument · 1/6")
        try t.press("Space")
        try t.waitFor("Porfirio Díaz")
        try t.press("Escape")
        try t.waitFor("The argument › 1/6")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// p presents what is chosen; a note has one label everywhere; across the cases the side pane
    /// follows the case; the glossary's Enter opens a place (through `render`, the real binary).
    @Test(arguments: [
        ("3 2 t p", "Leyenda › The US move"),
        ("d j j j j j j p", "Condor › Outcome"),
        ("3 6 a ] ]", "│  Case 3 · Leyenda"),
        ("3 6 a ] ]", "years.[k] In answer"),
        ("3 6", "years.[k] In answer to these efforts"),
        ("w m l a t Enter", "Case 3/5 · Leyenda (1985–1991) › 4/7 Institutionalization"),
    ])
    func renderedScreens(keys: String, expected: String) throws {
        let result = try runInfluence(["render", "--size", "120x34", "--keys", keys])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains(expected), "\(keys):\n\(result.out)")
    }
}
