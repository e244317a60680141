import Foundation
import Glibc
import Testing

extension EndToEnd {
    /// Every way out of the browser gives the terminal back exactly as it was: `stty -g`
    /// unchanged (so echo and canonical mode on), the normal screen, the cursor visible,
    /// mouse reporting and keypad mode off.
    @Suite struct TerminalRestoreTests {
        @Test func ctrlC() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            tmux.send("C-c")
            EndToEnd.expectRestored(tmux, exitStatus: 128 + Int(SIGINT))
        }

        @Test(arguments: [SIGTERM, SIGHUP])
        func stopSignal(_ signal: Int32) throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let pid = try #require(tmux.childPID())
            kill(pid, signal)
            EndToEnd.expectRestored(tmux, exitStatus: 128 + Int(signal))
        }

        /// A runtime trap, with the Swift runtime's crash reporter off and on: the terminal is
        /// restored first, then the process dies of the signal.
        @Test(arguments: [(SIGABRT, "enable=no"), (SIGSEGV, "enable=no"), (SIGILL, "enable=no"), (SIGSEGV, "interactive=no")])
        func runtimeTrap(_ signal: Int32, backtrace: String) throws {
            let tmux = try EndToEnd.browse("", environment: ["SWIFT_BACKTRACE": backtrace])
            defer { tmux.stop() }
            let pid = try #require(tmux.childPID())
            kill(pid, signal)
            EndToEnd.expectRestored(tmux, exitStatus: 128 + Int(signal))
        }

        @Test func ctrlZThenFgRedraws() throws {
            let tmux = try TmuxSession.start()
            defer { tmux.stop() }
            // Run it bare: in a list (`a; b`), bash would go on to `b` when `a` stops.
            tmux.type("clear; s0=$(stty -g)")
            tmux.type(TmuxSession.debatemap)
            #expect(tmux.waitFor("Asylum"), "the browser did not start:\n\(tmux.capture())")
            tmux.send("j")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { !$0.contains("Asylum") } ?? false })
            let screen = tmux.capture()

            tmux.send("C-z")
            #expect(tmux.waitFor("Stopped"), "Ctrl-Z did not stop it:\n\(tmux.capture())")
            EndToEnd.expectNormalScreen(tmux)

            tmux.type("fg")
            #expect(tmux.waitUntil { $0 == screen }, "fg did not redraw the same screen:\n\(tmux.capture())")
            #expect(tmux.display("#{alternate_on}#{cursor_flag}") == "10")
            tmux.send("Down")  // keys still arrive, arrows included
            #expect(tmux.waitUntil { $0 != screen }, "no key works after fg")
            tmux.send("q")
            #expect(tmux.waitUntil { _ in tmux.display("#{alternate_on}") == "0" })
            tmux.type(TmuxSession.report)
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// Closing the terminal (here: killing tmux) ends the program; it neither hangs nor spins.
        @Test func closingTheTerminalEndsTheProgram() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let pid = try #require(tmux.childPID())
            tmux.stop()
            let deadline = Date().addingTimeInterval(10)
            func alive() -> Bool {
                guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
                // The state follows the ")" that ends the command name; Z: exited, not yet reaped.
                return stat.split(separator: ")").last?.split(separator: " ").first != "Z"
            }
            while alive() && Date() < deadline { usleep(50_000) }
            #expect(!alive(), "debatemap still runs after its terminal closed")
            if alive() { kill(pid, SIGKILL) }
        }
    }
}
