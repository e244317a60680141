import Foundation
import Testing

extension EndToEnd {
    /// The browser's views and keys, driven through the terminal as a reader would.
    @Suite struct BrowserTests {
        @Test func startsOnTheTreeAndQuitsWithQ() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let screen = tmux.capture()
            for text in ["Asylum", "Sanctions", "Protest", "FOR", "AGAINST"] {
                #expect(screen.contains(text), "\(text) is not on the screen:\n\(screen)")
            }
            #expect(tmux.display("#{alternate_on}") == "1", "the browser is not on the alternate screen")
            #expect(tmux.display("#{cursor_flag}") == "0", "the cursor is shown over the tree")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func movesWithLettersArrowsAndPageKeys() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let first = try #require(EndToEnd.selectedRow(tmux), "no selected row:\n\(tmux.capture(escapes: true))")
            #expect(first.contains("Asylum"))

            for (down, up) in [("j", "k"), ("Down", "Up")] {
                tmux.send(down)
                #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { $0 != first } ?? false }, "\(down) did not move")
                #expect(EndToEnd.selectedRow(tmux)?.contains("FOR") == true || EndToEnd.selectedRow(tmux)?.contains("AGAINST") == true)
                tmux.send(up)
                #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux) == first }, "\(up) did not come back")
            }
            for (last, top) in [("G", "g"), ("End", "Home")] {
                tmux.send(last)
                #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { $0 != first } ?? false }, "\(last) did not move")
                #expect(!tmux.capture().contains("▾ Asylum"), "the last row is not in view after \(last)")
                tmux.send(top)
                #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux) == first }, "\(top) did not go to the first row")
            }
            tmux.send("NPage")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { $0 != first } ?? false }, "PgDn did not move")
            tmux.send("PPage")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux) == first }, "PgUp did not come back")

            // Unfold the AGAINST position: its main claim appears under it.
            #expect(EndToEnd.moveUntil(tmux) { $0.contains("AGAINST") })
            let folded = tmux.lines()
            tmux.send("l")
            #expect(tmux.waitUntil { $0 != folded.joined(separator: "\n") }, "l did not unfold")
            tmux.send("h")
            #expect(tmux.waitUntil { $0 == folded.joined(separator: "\n") }, "h did not fold back")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func jumpsToAnOpposingClaimAndBack() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            #expect(EndToEnd.moveUntil(tmux) { $0.contains("AGAINST") })
            tmux.send("l", "l")  // unfold the position, go to its main claim
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { !$0.contains("AGAINST") } ?? false })
            let origin = (header: tmux.header, row: try #require(EndToEnd.selectedRow(tmux)))
            #expect(origin.row.contains("⚔"), "the main claim shows no count of opponents: \(origin.row)")

            tmux.send("o")
            #expect(tmux.waitUntil { _ in tmux.header != origin.header }, "o did not jump:\n\(tmux.capture())")
            let opponent = tmux.header
            tmux.send("[")
            #expect(tmux.waitUntil { _ in tmux.header == origin.header && EndToEnd.selectedRow(tmux) == origin.row },
                    "[ did not come back to \(origin):\n\(tmux.capture())")
            tmux.send("]")
            #expect(tmux.waitUntil { _ in tmux.header == opponent }, "] did not go forward again")
            tmux.send("BSpace")
            #expect(tmux.waitUntil { _ in tmux.header == origin.header }, "Backspace did not go back")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func searchesAsYouTypeAndEscapeRestores() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let before = (header: tmux.header, row: EndToEnd.selectedRow(tmux))
            tmux.send("/")
            for letter in "grave" { tmux.send(String(letter)) }
            #expect(tmux.waitUntil { $0.split(separator: "\n").last?.contains("grave") == true }, "no search prompt:\n\(tmux.capture())")
            // The cursor stands after the query while typing, and only then.
            let lines = tmux.lines()
            let prompt = try #require(lines.lastIndex { $0.contains("grave") })
            let column = EndToEnd.displayWidth(String(lines[prompt][..<lines[prompt].range(of: "grave")!.upperBound]))
            #expect(tmux.display("#{cursor_flag} #{cursor_x},#{cursor_y}") == "1 \(column),\(prompt)")
            tmux.send("Enter")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux)?.lowercased().contains("grave") == true },
                    "Enter did not select the match:\n\(tmux.capture())")

            tmux.send("g", "/")
            for letter in "zzqxj" { tmux.send(String(letter)) }
            #expect(tmux.waitFor("no match"), "an empty search does not say so:\n\(tmux.capture())")
            tmux.send("Escape")
            #expect(tmux.waitUntil { !$0.contains("no match") && !$0.contains("zzqxj") }, "Esc did not end the search")
            #expect(tmux.display("#{cursor_flag}") == "0", "the cursor stays visible after the search")
            #expect(tmux.waitUntil { _ in tmux.header == before.header && EndToEnd.selectedRow(tmux) == before.row })
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// A search that does not finish at the keystroke (as on a very large corpus; here the
        /// slice is made one text long) goes on between keys and ends with the same count, and
        /// keys typed meanwhile are not lost.
        @Test func aSearchFinishesBetweenKeys() throws {
            func count(_ screen: String) -> String? {
                screen.firstMatch(of: /\b\d+\/(\d+)\b/).map { String($0.output.1) }
            }
            let whole = try EndToEnd.browse()
            defer { whole.stop() }
            whole.send("/")
            whole.sendText("visa")
            #expect(whole.waitUntil { count($0) != nil }, "no count after a whole search:\n\(whole.capture())")
            let total = try #require(count(whole.capture()))
            whole.send("q")

            let tmux = try EndToEnd.browse("--search-slice 1")
            defer { tmux.stop() }
            let before = (header: tmux.header, row: EndToEnd.selectedRow(tmux))
            tmux.send("/")
            tmux.sendText("visa")
            #expect(tmux.waitUntil { count($0) == total && !$0.contains("searching") },
                    "the search did not finish with \(total) matches:\n\(tmux.capture())")
            #expect(tmux.waitUntil { $0.split(separator: "\n").last?.contains("visa") == true }, "the query is not all there:\n\(tmux.capture())")
            // Typed while it searches: the query grows and the search starts again.
            tmux.sendText("s")
            tmux.send("BSpace")
            #expect(tmux.waitUntil { count($0) == total && !$0.contains("searching") }, "\(tmux.capture())")
            tmux.send("Escape")
            #expect(tmux.waitUntil { _ in tmux.header == before.header && EndToEnd.selectedRow(tmux) == before.row },
                    "Esc did not give the view back:\n\(tmux.capture())")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func opensTheMatrixTheReaderAndHelp() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let tree = tmux.capture()

            tmux.send("m")
            #expect(tmux.waitFor("Matrix"), "m did not open the matrix:\n\(tmux.capture())")
            let matrix = tmux.capture()
            for text in ["Asylum", "Sanctions", "Protest", "FOR", "AGAINST", "MIXED", "SILENT"] {
                #expect(matrix.contains(text), "\(text) is not in the matrix:\n\(matrix)")
            }
            tmux.send("q")
            #expect(tmux.waitUntil { $0 == tree }, "q did not leave the matrix for the tree as it was")

            // The reader opens on the selected essay: go to a claim first.
            #expect(EndToEnd.moveUntil(tmux) { $0.contains("AGAINST") })
            tmux.send("l", "l")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { !$0.contains("AGAINST") } ?? false })
            let claim = tmux.capture()
            tmux.send("r")
            #expect(tmux.waitFor("Reader"), "r did not open the reader:\n\(tmux.capture())")
            #expect(tmux.waitFor("grave mistake"), "the reader does not show the claim's passage:\n\(tmux.capture())")
            tmux.send("Escape")
            #expect(tmux.waitUntil { $0 == claim }, "Esc did not leave the reader for the tree as it was")

            tmux.send("?")
            #expect(tmux.waitUntil { $0.contains("expand") && $0.contains("oppos") && $0 != claim }, "? did not show the keys:\n\(tmux.capture())")
            tmux.send("q")
            #expect(tmux.waitUntil { $0 == claim }, "q did not close the help")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func followsResizes() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            for (width, height) in [(120, 30), (40, 12), (20, 6), (1, 1), (100, 40), (80, 24)] {
                tmux.resize(width: width, height: height)
                let fits = tmux.waitUntil { screen in
                    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    let widest = lines.map(EndToEnd.displayWidth).max() ?? 0
                    // The layout follows: it fits, and on a wide terminal it uses the width.
                    return widest <= width && (width < 80 || widest > width - 10) && lines.count >= height
                        && (width < 20 || screen.contains("Asylum") || screen.contains("Asyl"))
                }
                #expect(fits, "the screen does not follow \(width)×\(height):\n\(tmux.capture())")
            }
            #expect(tmux.childPID(timeout: 1) != nil, "debatemap is gone after the resizes")
            tmux.send("j")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { !$0.contains("Asylum") } ?? false })
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func theMouseSelectsAndScrolls() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let lines = tmux.lines()
            let row = try #require(lines.firstIndex { $0.contains("Sanctions") }, "no Sanctions row")
            tmux.click(x: 6, y: row)
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux)?.contains("Sanctions") == true },
                    "a click did not select the row:\n\(tmux.capture())")
            let top = tmux.lines()[1]
            tmux.wheel(down: true, x: 6, y: 5)
            #expect(tmux.waitUntil { _ in tmux.lines()[1] != top }, "the wheel did not scroll")
            tmux.wheel(down: false, x: 6, y: 5)
            #expect(tmux.waitUntil { _ in tmux.lines()[1] == top }, "the wheel did not scroll back")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }
    }
}
