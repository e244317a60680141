import DebateMap
import DebateMapBrowser
@testable import DebateMapTerminal
import Foundation
import Testing

/// Following a file (issue 23): a map rewritten while the browser is open is read again in
/// the background and shown where the reader was: selection, folds and history kept.
struct FollowedBrowserTests {
    static func discussion(_ pros: [String]) -> String {
        "Discussion Title: Trams\n\n1. Build the tram.\n" + pros.enumerated().map { "1.\($0.offset + 1). Pro: \($0.element)\n" }.joined()
    }

    /// Calls `idle` as the run loop would until the app says it changed (at most 10 s).
    static func waitForReload(_ app: inout FollowedBrowser) -> Bool {
        let end = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < end {
            if app.idle() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return false
    }

    @Test func aRewrittenMapIsReadAgainWhereTheReaderWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tram.txt").path
        try Self.discussion(["Buses are slow.", "Trams are quiet."]).write(toFile: file, atomically: true, encoding: .utf8)

        let load: @Sendable () -> LoadResult = { CorpusLoader.load(paths: [file]) }
        var browser = Browser(corpus: load().corpus)
        browser.apply(.resize(width: 80, height: 24))
        for key in "Ejjjj" { browser.handle(.character(key)) }
        let selected = try #require(browser.selectedClaim.map { browser.corpus.claims[$0].text })
        #expect(selected == "Trams are quiet.")
        var app = FollowedBrowser(browser, following: [file], interval: .zero, load: load)
        let idleBefore = app.idle()
        #expect(!idleBefore, "nothing changed yet")

        // A claim inserted before the selected one: Kialo renumbers, the text is followed.
        try Self.discussion(["Fares are low.", "Buses are slow.", "Trams are quiet."]).write(toFile: file, atomically: true, encoding: .utf8)
        let noticed = Self.waitForReload(&app)
        #expect(noticed, "the change was not noticed")
        #expect(app.browser.corpus.claims.count == 4)
        #expect(app.browser.selectedClaim.map { app.browser.corpus.claims[$0].text } == "Trams are quiet.")
        #expect(app.browser.rows.count == browser.rows.count + 1, "the folds were kept: everything still open")
        #expect(app.browser.status == "reloaded: 4 claims")

        // Half written: a problem is shown, and the finished file is read again.
        try "Discussion Title: Trams\n\n1. Build the tram.\n1.1. Pro: Fares\n1.1. Pro:".write(toFile: file, atomically: true, encoding: .utf8)
        let half = Self.waitForReload(&app)
        #expect(half)
        try Self.discussion(["Fares are low.", "Trams are quiet."]).write(toFile: file, atomically: true, encoding: .utf8)
        let whole = Self.waitForReload(&app)
        #expect(whole)
        #expect(app.browser.corpus.claims.count == 3)
        #expect(app.browser.problems == nil)
        #expect(app.browser.selectedClaim.map { app.browser.corpus.claims[$0].text } == "Trams are quiet.")
    }

    @Test func afterTheEditorItLooksAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-edit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tram.txt").path
        try Self.discussion(["Buses are slow."]).write(toFile: file, atomically: true, encoding: .utf8)
        let load: @Sendable () -> LoadResult = { CorpusLoader.load(paths: [file]) }
        var app = FollowedBrowser(Browser(corpus: load().corpus), following: [folder.path], interval: .seconds(3600), load: load)
        try Self.discussion(["Buses are slow.", "Trams are quiet."]).write(toFile: file, atomically: true, encoding: .utf8)
        let idleBefore = app.idle()
        #expect(!idleBefore, "not looked at yet: the interval is an hour")
        app.finished(.edit(path: file, line: 3), status: 0)
        let reloaded = Self.waitForReload(&app)
        #expect(reloaded)
        #expect(app.browser.corpus.claims.count == 3)
    }
}
