import Foundation
import Testing

extension EndToEnd {
    /// Where the essays disagree, through the terminal: the `o` cycle of the scenario
    /// and a clash opened from the matrix.
    @Suite struct DisagreementTests {
        /// `/grave` Enter, Esc, `o` lands on an opponent; `j k o` starts from that opponent's
        /// own opponents; one `[` per jump comes back.
        @Test func oCyclesTheClaimYouAreOn() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            tmux.send("/")
            tmux.sendText("grave")
            tmux.send("Enter")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux)?.contains("grave mistake") == true }, "no match selected:\n\(tmux.capture())")
            tmux.send("Escape")
            let origin = tmux.header
            tmux.send("o")
            #expect(tmux.waitFor("opponent 1/"), "o did not jump:\n\(tmux.capture())")
            let landed = tmux.header
            #expect(landed != origin)
            // The footer offers each key once: `o next` while cycling, no second `[ back`.
            let footer = tmux.lines().last ?? ""
            #expect(footer.components(separatedBy: "o next").count - 1 <= 1 && !footer.contains("o opposing"), "\(footer)")
            #expect(footer.components(separatedBy: "[ back").count - 1 <= 1, "\(footer)")
            // Move away and back: the cycle ends (its message goes), the same claim is selected.
            tmux.send("j")
            #expect(tmux.waitUntil { !$0.contains("opponent 1/") }, "j did not end the cycle:\n\(tmux.capture())")
            tmux.send("k")
            #expect(tmux.waitUntil { _ in tmux.header == landed }, "k did not come back:\n\(tmux.capture())")
            tmux.send("o")
            // From the landing claim: its own first opponent, not the next of the first claim's.
            #expect(tmux.waitUntil { _ in tmux.header != landed && tmux.capture().contains("opponent 1/") },
                    "o after moving did not start from the claim selected:\n\(tmux.capture())")
            tmux.send("[")
            #expect(tmux.waitUntil { _ in tmux.header == landed }, "[ did not come back to the first landing:\n\(tmux.capture())")
            tmux.send("[")
            #expect(tmux.waitUntil { _ in tmux.header == origin }, "[ did not come back to the origin:\n\(tmux.capture())")
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        @Test func aClashOpensFromTheMatrix() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            tmux.send("m")
            #expect(tmux.waitFor("Matrix"), "no matrix:\n\(tmux.capture())")
            tmux.send("l", "l", "l", "x")
            #expect(tmux.waitFor("marked Zubkovych"), "x did not mark the cell:\n\(tmux.capture())")
            tmux.send("l", "x")
            #expect(tmux.waitFor("Clashes › Zubkovych and Galeotti on Asylum"), "no clashes of the two essays:\n\(tmux.capture())")
            #expect(tmux.capture().contains("⟷"))
            tmux.send("Enter")
            #expect(tmux.waitFor("Versus ›"), "Enter did not open versus:\n\(tmux.capture())")
            tmux.send("[")
            #expect(tmux.waitFor("Clashes ›"), "[ did not come back to the clashes:\n\(tmux.capture())")
            tmux.send("Escape")
            #expect(tmux.waitFor("Matrix"), "Esc did not come back to the matrix:\n\(tmux.capture())")
            tmux.send("Escape", "Escape", "q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }
    }
}
