import Foundation
import Testing

/// Runs `influence` with arguments outside a terminal; returns exit status, stdout and stderr.
func runInfluence(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
    let result = try ChildProcess.run([TerminalHarness.influence.path] + arguments, environment: environment)
    return (result.status, result.out, result.err)
}

/// The frame `influence render` prints for these keys and size.
func rendered(_ width: Int, _ height: Int, keys: String) throws -> String {
    let result = try runInfluence(["render", "--size", "\(width)x\(height)", "--keys", keys])
    #expect(result.status == 0)
    return result.out
}

/// tmux trims trailing blank lines differently from render; compare line by line.
func sameScreen(_ a: String, _ b: String) -> Bool {
    func lines(_ s: String) -> [String] {
        var l = s.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while l.last == "" { l.removeLast() }
        return l
    }
    return lines(a) == lines(b)
}

/// The explorer in a real terminal (tmux): what users see, exit codes, and the terminal left clean.
@Suite(.serialized, .enabled(if: TerminalHarness.isTmuxAvailable, "needs tmux"))
struct ExplorerEndToEndTests {
    @Test func walkACaseToResourceTransferResizeAndQuit() throws {
        let t = try TerminalHarness(width: 80, height: 24)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("3")
        try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 1/7 The US move")
        for _ in 0..<5 { try t.press("Right") }
        let screen = try t.waitFor("› 6/7 Resource transfer", "Quotations 0 · Notes 3", "[20] Article footnote 20.")
        #expect(screen.contains("Quotations 0 · Notes 3"))
        #expect(screen.contains("[20] Article footnote 20."))
        try t.press("Tab", "j", "j")
        try t.waitFor("[l] Cited for the Huey helicopters")
        try t.resize(width: 160, height: 48)
        let expected = try rendered(160, 48, keys: "3 Right Right Right Right Right Tab j j")
        let wide = try t.waitFor(what: "the rendered frame at 160x48") { sameScreen($0, expected) }
        #expect(sameScreen(wide, expected))
        try t.press("q")
        #expect(try t.waitForExit() == 0)
        #expect(try t.waitForTerminalState(.restored) == .restored)
        try t.waitFor(what: "the frame gone from the normal screen") { !$0.contains("Leyenda") }
    }

    @Test(arguments: [
        (80, 24, ""), (80, 24, "3 Right Right Right"), (100, 30, "1 l l l l l Tab j Enter"),
        (160, 48, "f l"), (60, 16, "5 G"), (120, 40, "?"), (50, 12, "2"),
    ])
    func paneEqualsRender(width: Int, height: Int, keys: String) throws {
        let t = try TerminalHarness(width: width, height: height)
        defer { t.close() }
        try t.waitFor { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let names = keys.split(separator: " ").map(String.init)
        if !names.isEmpty { try t.press(names[0]); for name in names.dropFirst() { try t.press(name) } }
        let expected = try rendered(width, height, keys: keys)
        let screen = try t.waitFor(what: "the rendered frame") { sameScreen($0, expected) }
        #expect(sameScreen(screen, expected))
    }

    /// The mouse as htop and tig use it: a click on a case or a stage opens it, the wheel scrolls the
    /// pane under the pointer.
    @Test func clicksAndTheWheel() throws {
        let t = try TerminalHarness(width: 100, height: 30)
        defer { t.close() }
        let home = try t.waitFor("Influence Explorer", "3  Leyenda")
        #expect(try t.reportsMouse())
        let rows = home.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.contains("3  Leyenda") })
        try t.click(x: 20, y: row)
        let leyenda = try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 1/7 The US move", "◆6 Resources")
        let stepper = Array(leyenda.split(separator: "\n")[1])
        let column = try #require(stepper.indices.first { String(stepper[$0...]).hasPrefix("◆6") })
        try t.click(x: column + 2, y: 1)
        try t.waitFor("› 6/7 Resource transfer")
        try t.wheel(down: true, x: 10, y: 10)
        try t.waitFor("─ 4–")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
        #expect(try t.waitForTerminalState(.restored) == .restored)
    }

    /// The grid, as a teacher walks it: a cell, its case at that stage, and back to the same cell.
    @Test func gridToACaseAtAStageAndBack() throws {
        let t = try TerminalHarness(width: 100, height: 30)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("c")
        // From the home screen the grid starts at stage 1; 4 goes to the first condition.
        try t.waitFor("Comparing the cases, stage by stage", "Intercept › 1 The US move:")
        try t.press("4")
        try t.waitFor("Intercept › ◆4 Institutionalization:")
        try t.press("j", "j", "l")
        try t.waitFor("Leyenda › ◆5 Communication and coordination:")
        try t.press("Enter")
        try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 5/7 Communication and coordination")
        try t.press("Escape")
        let grid = try t.waitFor("Comparing the cases", "Leyenda › ◆5 Communication and coordination:")
        #expect(sameScreen(grid, try rendered(100, 30, keys: "c 4 j j l")))
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// Search as in less: the words, a hit opened and highlighted in its place, n to the next one,
    /// Esc back to where the search started.
    @Test func searchOpenStepAndReturn() throws {
        let t = try TerminalHarness(width: 100, height: 30)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("2")
        try t.waitFor("Case 2/5 · Condor")
        try t.press("/")
        try t.type("mlat")
        try t.waitFor("Search: mlat", "1 of ")
        try t.press("Enter")
        try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 4/7 Institutionalization")
        // The hit is drawn highlighted (reverse video).
        let styled = try t.styledScreen()
        #expect(styled.firstMatch(of: #/\x1B\[[0-9;]*7[0-9;]*m(\x1B\[[0-9;]*m)*(MLAT|mlat)/#) != nil, "no highlighted MLAT")
        try t.press("n")
        try t.waitFor("› 5/7 Communication and coordination", "hit 2 of")
        try t.press("Escape")
        try t.waitFor("Case 2/5 · Condor")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// Presenting a case on a projector-sized terminal: each stage opens on its question, Space
    /// reveals, → moves on; after the outcome come the questions one at a time, then the grid line.
    @Test func presentACaseFromItsFirstStageToItsQuestions() throws {
        let t = try TerminalHarness(width: 80, height: 24)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("2", "p")
        try t.waitFor("Condor › The US move", "Case 2 · 1/7 · 0:00", "What did the United States do on its own")
        try t.press("Space")
        try t.waitFor("Case 2 · 1/7", "more · Space")
        for stage in 2...7 { try t.press("Right", until: "Case 2 · \(stage)/7") }
        try t.press("Space", until: "Case 2 · questions")
        try t.waitFor("Discussion questions", "Questions for the class, one at a time.")
        try t.press("Space")
        try t.waitFor("1. ", "more · Space")
        try t.press("Space", until: "Case 2 · grid")
        try t.press("Space")
        try t.waitFor("Condor in the comparison grid", "◆4 Institutions")
        try t.press("p")
        try t.waitFor("Case 2/5 · Condor")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// `influence present` opens presenter mode on the case and stage asked for.
    @Test func presentACaseFromTheCommandLine() throws {
        let t = try TerminalHarness(["present", "leyenda", "--stage", "resources"], width: 80, height: 24)
        defer { t.close() }
        try t.waitFor("Leyenda › ◆ Resource transfer", "Case 3 · 6/7 · 0:00")
        try t.press("p")
        try t.waitFor("Case 3/5 · Leyenda (1985–1991) › 6/7 Resource transfer")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// The light theme never dims text (unreadable on a white screen); the contrast theme draws in
    /// white on black only; NO_COLOR still wins.
    @Test(arguments: ["light", "contrast"])
    func themesForProjectors(theme: String) throws {
        let t = try TerminalHarness(["--theme", theme], width: 100, height: 30)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("3")
        try t.waitFor("Case 3/5")
        let styled = try t.styledScreen()
        #expect(styled.firstMatch(of: #/\x1B\[([0-9;]*;)?2[;m]/#) == nil, "dim text with --theme \(theme)")
        if theme == "contrast" {
            let colours = styled.matches(of: #/\x1B\[([0-9;]*;)?(3[0-9]|4[0-9]|9[0-7])[;m]/#).map { String($0.output.2) }
            #expect(Set(colours).isSubset(of: ["37", "40", "39", "49"]), "colours other than white on black: \(Set(colours))")
        } else {
            #expect(styled.firstMatch(of: #/\x1B\[([0-9;]*;)?33[;m]/#) == nil, "yellow with --theme light")
        }
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func noMouseLeavesTheMouseToTheTerminal() throws {
        let t = try TerminalHarness(["--no-mouse"], width: 100, height: 30)
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        #expect(try !t.reportsMouse())
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test(arguments: [("C-c", Int32(130))])
    func ctrlCExits130AndRestores(key: String, code: Int32) throws {
        let t = try TerminalHarness()
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("4")
        try t.waitFor("Case 4/5")
        try t.press(key)
        #expect(try t.waitForExit() == code)
        #expect(try t.waitForTerminalState(.restored) == .restored)
        try t.waitFor(what: "the frame gone from the normal screen") { !$0.contains("Case 4/5") }
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130))])
    func signalsExitInOrderAndRestore(signal: Int32, code: Int32) throws {
        let t = try TerminalHarness()
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.send(signal: signal)
        #expect(try t.waitForExit() == code)
        #expect(try t.waitForTerminalState(.restored) == .restored)
        try t.waitFor(what: "the frame gone from the normal screen") { !$0.contains("Influence Explorer") }
    }

    @Test func aCrashRestoresTheTerminalAndShowsTheBacktrace() throws {
        let t = try TerminalHarness(width: 120, height: 40, environment: ["INFLUENCE_TEST_CRASH": "1"])
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("j")
        let status = try t.waitForExit(timeout: 30)
        #expect(status > 128)
        #expect(try t.waitForTerminalState(.restored) == .restored)
        try t.waitFor("test crash requested by INFLUENCE_TEST_CRASH", scrollback: true)
    }

    @Test(arguments: [("dumb", "TERM is \"dumb\""), ("no-such-terminal", "no-such-terminal")])
    func unusableTermExits78WithAMessage(term: String, mention: String) throws {
        let t = try TerminalHarness(width: 100, height: 10, environment: ["TERM": term])
        defer { t.close() }
        #expect(try t.waitForExit() == 78)
        let screen = try t.waitFor("influence print")
        #expect(screen.contains(mention) || screen.lowercased().contains(mention.lowercased()))
        #expect(try t.waitForTerminalState(.restored) == .restored)
    }

    @Test func unsetTermExits78() throws {
        let t = try TerminalHarness(["-u", "TERM", TerminalHarness.influence.path],
                                    executable: URL(fileURLWithPath: "/usr/bin/env"), width: 100, height: 10)
        defer { t.close() }
        #expect(try t.waitForExit() == 78)
        try t.waitFor("TERM")
    }

    @Test func noColorAndLangCStillDraw() throws {
        let t = try TerminalHarness(width: 80, height: 24, environment: ["NO_COLOR": "1", "LANG": "C", "LC_ALL": "C"])
        defer { t.close() }
        try t.waitFor("Influence Explorer")
        try t.press("5")
        let screen = try t.waitFor("Case 5/5")
        // ASCII only: no mojibake, accents folded; the screen's own symbols have distinct stand-ins.
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(screen.contains("Merida"))
        #expect(screen.contains("Case 5/5 - Merida (2008-) > 1/7 The US move"), "\(screen)")
        #expect(screen.contains("#4 - #5 - #6") || screen.contains("#4 Institutions - #5"), "\(screen)")
        let styled = try t.styledScreen()
        #expect(styled.firstMatch(of: #/\x1B\[([0-9;]*;)?3[0-7][;m]/#) == nil, "colour codes with NO_COLOR")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}

/// Outside a terminal: clear messages, defined exit codes, no escape codes.
@Suite struct CommandLineTests {
    @Test func explorerRefusesWhenNotATerminal() throws {
        let result = try runInfluence([])
        #expect(result.status == 64)
        #expect(result.err.contains("influence print"))
        #expect(result.out.isEmpty)
        #expect(!result.err.contains("\u{1B}"))
    }

    @Test func validateShippedContent() throws {
        let result = try runInfluence(["validate"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("5 cases, 35 stages, "))
    }

    /// Where the article's text is, if it is on this machine (never part of the repository).
    static let article: String? = {
        let path = ProcessInfo.processInfo.environment["INFLUENCE_ARTICLE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ContentFolder.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/source/article.txt").path
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }()

    @Test func validateAgainstAnArticleThatIsNotThereExits66() throws {
        let result = try runInfluence(["validate", "--article", "/no/such/article.txt"])
        #expect(result.status == 66)
        #expect(result.err == "/no/such/article.txt:1:1: error: there is no file here\n", "\(result.err)")
    }

    @Test(.enabled(if: article != nil, "the article's text is not here: set INFLUENCE_ARTICLE, or check out beside ../shared/source/article.txt"))
    func theShippedContentReadsCleanAgainstTheArticleAndACopiedSentenceDoesNot() throws {
        let article = try #require(Self.article)
        let clean = try runInfluence(["validate", "--article", article])
        #expect(clean.status == 0, "\(clean.err)")
        #expect(clean.out.contains("read against the article: every traced claim found"), "\(clean.out)")
        // A teacher pastes the article's sentence into a gist: refused, with where and what.
        var folder = try ContentFolder.shipped()
        folder.setGist("cases/1-intercept.yaml", yaml: "\"US officials stated that they would refuse to adhere to Mexican requests for termination of the program until they saw evidence of more forceful actions against drug criminals.\"")
        let dir = try folder.write()
        defer { try? FileManager.default.removeItem(at: dir) }
        let copied = try runInfluence(["validate", "--content", dir.path, "--article", article])
        #expect(copied.status == 65)
        #expect(copied.err.contains("/cases/1-intercept.yaml:1:1: error: the gist of intercept repeats 28 words of the article: \"us officials stated that they would refuse to adhere to mexican requests for termination of the program until they saw evidence of more forceful actions against drug criminals\""), "\(copied.err)")
    }

    @Test func brokenContentExits65BeforeAnyScreen() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("influence-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("cases"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("stages: [\n".utf8).write(to: dir.appendingPathComponent("stages.yaml"))
        for command in [["validate"], ["print"], ["render", "--size", "80x24"], []] {
            let result = try runInfluence(command + ["--content", dir.path])
            #expect(result.status == 65, "\(command)")
            #expect(result.err.contains("/stages.yaml:"))
            #expect(result.err.contains("error:"))
            #expect(result.out.isEmpty)
        }
    }

    @Test func missingContentFolderExits66() throws {
        let result = try runInfluence(["validate", "--content", "/no/such/folder"])
        #expect(result.status == 66)
        #expect(result.err == "influence: no content folder at /no/such/folder\n")
    }

    @Test func printOneCaseToAPipeHasNoEscapes() throws {
        let result = try runInfluence(["print", "3", "--width", "72"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("CASE 3/5 · LEYENDA: THE CAMARENA CASE (1985–1991)"))
        #expect(result.out.contains("Round 2: the Alvarez Machain abduction"))
        #expect(!result.out.contains("\u{1B}"))
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 72 })
    }

    @Test func printByIDAndStage() throws {
        let result = try runInfluence(["print", "leyenda", "--stage", "institutionalization"])
        #expect(result.status == 0)
        #expect(result.out.contains("4/7 Institutionalization"))
        #expect(!result.out.contains("5/7 Communication"))
        let bad = try runInfluence(["print", "7"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("no case \"7\""))
    }

    @Test func renderTinySizesAndBadKeys() throws {
        #expect(try runInfluence(["render", "--size", "1x1", "--keys", "3 Right"]).status == 0)
        #expect(try runInfluence(["render", "--size", "0x0"]).status == 0)
        let bad = try runInfluence(["render", "--size", "80x24", "--keys", "Bogus"])
        #expect(bad.status == 64)
        #expect(bad.err.contains("unknown key name \"Bogus\""))
        #expect(try runInfluence(["render", "--size", "eighty"]).status == 64)
    }

    /// The views as text, for handouts and screen readers.
    @Test(arguments: [("grid", "THE CASES, STAGE BY STAGE"), ("timeline", "1969"), ("questions", "DISCUSSION QUESTIONS"),
                      ("glossary", "GLOSSARY"), ("sources", "Craig"), ("figures", "$1.5 billion")])
    func printAView(view: String, mention: String) throws {
        let result = try runInfluence(["print", view, "--width", "60"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains(mention))
        #expect(result.out.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func printACasesQuestions() throws {
        let result = try runInfluence(["print", "2", "--questions", "--width", "72"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("Discussion questions\n  1. "))
        #expect(try runInfluence(["print", "2"]).out.contains("Discussion questions\n  1. "), "a case's text ends with its questions")
        #expect(try runInfluence(["print", "grid", "--stage", "2"]).status == 64)
    }

    @Test func themesAreNamedOrRefused() throws {
        let bad = try runInfluence(["present", "--theme", "pink"])
        #expect(bad.status == 64)
        #expect(bad.err.hasPrefix("influence: no theme \"pink\"; use one of: dark, light, contrast"))
        #expect(try runInfluence(["present", "9"]).status == 64)
    }

    @Test func aCopiedBinaryCarriesItsContent() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("influence-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("influence")
        try ChildProcess.copyExecutable(from: TerminalHarness.influence, to: copy)
        let result = try ChildProcess.run([copy.path, "validate"], directory: dir.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("5 cases"))
    }
}
