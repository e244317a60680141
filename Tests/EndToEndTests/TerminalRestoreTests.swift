import Foundation
import Glibc
import Testing
import TestSupport

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

        @Test(arguments: [SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGPROF, SIGSYS, __libc_current_sigrtmin(), __libc_current_sigrtmax()])
        func stopSignal(_ signal: Int32) throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let pid = try #require(tmux.childPID())
            kill(pid, signal)
            EndToEnd.expectRestored(tmux, exitStatus: 128 + Int(signal))
        }

        /// Ctrl-\\ (SIGQUIT) is a key like any other while the screen is taken: nothing happens,
        /// keys still work, and `q` then leaves the terminal as it was.
        @Test func ctrlBackslashIsIgnored() throws {
            let tmux = try EndToEnd.browse()
            defer { tmux.stop() }
            let screen = tmux.capture()
            tmux.send("C-\\")
            let pid = try #require(tmux.childPID())
            kill(pid, SIGQUIT)
            tmux.send("j")
            #expect(tmux.waitUntil { $0 != screen }, "no key works after Ctrl-\\:\n\(tmux.capture())")
            #expect(!tmux.capture().contains("Press space"))
            tmux.send("q")
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// Stopped and continued from outside, many times over and quickly (`kill -TSTP` then
        /// `kill -CONT`): it must end up running and drawing, not stopped for good. Started by
        /// a parent that puts it in a process group of its own in the foreground (so a stop
        /// is a real stop) and does not watch for stops (a job-control shell takes the
        /// terminal back at the first one, as it should, which is not what is tested here).
        @Test(.enabled(if: Spawn.which("python3") != nil, "python3 is not installed"))
        func manyStopsAndContinuesFromOutside() throws {
            let pidFile = NSTemporaryDirectory() + "debatemap-pid-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: pidFile) }
            let parent = """
                import os, signal, sys
                pid = os.fork()
                if pid == 0:
                    os.setpgid(0, 0)
                    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
                    os.tcsetpgrp(0, os.getpgrp())
                    signal.signal(signal.SIGTTOU, signal.SIG_DFL)
                    os.execv(sys.argv[1], [sys.argv[1]])
                try: os.setpgid(pid, pid)
                except OSError: pass
                open(sys.argv[2], "w").write(str(pid))
                os.waitpid(pid, 0)
                signal.signal(signal.SIGTTOU, signal.SIG_IGN)
                os.tcsetpgrp(0, os.getpgrp())
                """
            let script = NSTemporaryDirectory() + "debatemap-parent-\(UUID().uuidString).py"
            try parent.write(toFile: script, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(atPath: script) }
            let tmux = try TmuxSession.start()
            defer { tmux.stop() }
            tmux.type("python3 \(script) \(TmuxSession.debatemap) \(pidFile)")
            #expect(tmux.waitFor("Asylum"), "the browser did not start:\n\(tmux.capture())")
            let pid = try #require(Int32((try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""))
            for _ in 0..<20 {
                kill(pid, SIGTSTP)
                kill(pid, SIGCONT)
            }
            func state() -> String {
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                return stat.split(separator: ")").last.flatMap { $0.split(separator: " ").first }.map(String.init) ?? "?"
            }
            // Given time to act on what arrived, it is running.
            Thread.sleep(forTimeInterval: 0.5)
            #expect(state() != "T", "left stopped")
            if state() == "T" { kill(pid, SIGCONT) }  // so the rest can end it
            let screen = tmux.capture()
            tmux.send("j")
            #expect(tmux.waitUntil { $0 != screen }, "it does not draw:\n\(tmux.capture())")
            tmux.send("q")
            #expect(tmux.waitUntil { _ in kill(pid, 0) != 0 }, "q did not end it")
        }

        /// A runtime trap, with the Swift runtime's crash reporter off and on: the terminal is
        /// restored first, then the process dies of the signal.
        /// (With standard input redirected, keys come from /dev/tty, opened read-only: the
        /// handler must write its sequences to standard output.)
        @Test(arguments: [(SIGABRT, "enable=no", ""), (SIGSEGV, "enable=no", ""), (SIGILL, "enable=no", ""),
                          (SIGSEGV, "interactive=no", ""), (SIGABRT, "enable=no", "< /dev/null")])
        func runtimeTrap(_ signal: Int32, backtrace: String, redirect: String) throws {
            let tmux = try EndToEnd.browse(redirect, environment: ["SWIFT_BACKTRACE": backtrace])
            defer { tmux.stop() }
            let pid = try #require(tmux.childPID())
            kill(pid, signal)
            // Under AddressSanitizer (CI sets ASAN_OPTIONS) the Swift backtracer's memory
            // reads trip ASan, which then exits 1: the terminal must still be restored.
            let asan = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil
            EndToEnd.expectRestored(tmux, exitStatus: asan && backtrace != "enable=no" ? 1 : 128 + Int(signal))
            EndToEnd.expectNothingLeft(tmux)
        }

        /// A real fault inside the program, not a signal sent to it: gdb sets the program
        /// counter to 0. Returning from the handler faults again, so this is the path a failed
        /// precondition takes (a trapping instruction), through the Swift backtracer or not.
        @Test(.enabled(if: Spawn.which("gdb") != nil, "gdb is not installed"), arguments: ["enable=no", "interactive=no"])
        func realFault(backtrace: String) throws {
            let tmux = try EndToEnd.browse("", environment: ["SWIFT_BACKTRACE": backtrace])
            defer { tmux.stop() }
            let pid = try #require(tmux.childPID())
            let gdb = Spawn.run(Spawn.which("gdb")!, ["-q", "-batch", "-nx", "-p", "\(pid)", "-ex", "set $pc = 0", "-ex", "detach"],
                                environment: ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()], timeout: 60)
            try #require(gdb.status == 0, "gdb could not attach (status \(gdb.status)): \(gdb.output.suffix(300))")
            EndToEnd.expectRestored(tmux, exitStatus: 128 + Int(SIGSEGV))
            EndToEnd.expectNothingLeft(tmux)
        }

        /// Ctrl-Z gives the terminal back; SIGSTOP cannot be caught, so the shell takes it
        /// back itself. SIGTTIN and SIGTTOU stop a process as Ctrl-Z does, and are taken as
        /// one (they left the screen taken under the shell's prompt). Either way `fg` must
        /// bring back the same screen, in our modes.
        @Test(arguments: ["C-z", "SIGSTOP", "SIGTTIN", "SIGTTOU"])
        func stopThenFgRedraws(how: String) throws {
            let tmux = try TmuxSession.start()
            defer { tmux.stop() }
            // Run it bare: in a list (`a; b`), bash would go on to `b` when `a` stops.
            tmux.type("clear; s0=$(stty -g)")
            tmux.type(TmuxSession.debatemap)
            #expect(tmux.waitFor("Asylum"), "the browser did not start:\n\(tmux.capture())")
            tmux.send("j")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux).map { !$0.contains("Asylum") } ?? false })
            let screen = tmux.capture()

            switch how {
            case "C-z": tmux.send("C-z")
            case "SIGTTIN": kill(try #require(tmux.childPID()), SIGTTIN)
            case "SIGTTOU": kill(try #require(tmux.childPID()), SIGTTOU)
            default: kill(try #require(tmux.childPID()), SIGSTOP)
            }
            #expect(tmux.waitFor("Stopped"), "\(how) did not stop it:\n\(tmux.capture())")
            if how != "SIGSTOP" { EndToEnd.expectNormalScreen(tmux) }

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

        /// Started in the background (`&`), it stops as it touches the terminal, as a job
        /// does by default ("Stopped (tty output)"), instead of taking SIGTTOU as a Ctrl-Z
        /// that ncurses would never let the loop see (it retries the call forever, at full
        /// CPU); `fg` then brings it up as usual.
        @Test func startedInTheBackgroundItWaitsForFg() throws {
            let tmux = try TmuxSession.start()
            defer { tmux.stop() }
            tmux.type("clear; s0=$(stty -g)")
            tmux.type(TmuxSession.debatemap + " &")
            let pid = try #require(tmux.childPID())
            #expect(tmux.waitUntil { _ in Self.state(of: pid) == "T" }, "not stopped: state \(Self.state(of: pid) ?? "?")\n\(tmux.capture())")
            #expect(Self.cpuTicks(of: pid).map { $0 < 100 } ?? false, "it spun: \(Self.cpuTicks(of: pid) ?? -1) ticks")
            tmux.type("fg")
            #expect(tmux.waitFor("Asylum"), "fg did not bring it up:\n\(tmux.capture())")
            tmux.send("q")
            #expect(tmux.waitUntil { _ in tmux.display("#{alternate_on}") == "0" })
            tmux.type(TmuxSession.report)
            EndToEnd.expectRestored(tmux, exitStatus: 0)
        }

        /// The state letter of a process (`R`, `S`, `T` for stopped…), from /proc.
        static func state(of pid: pid_t) -> String? {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            return stat[stat.index(close, offsetBy: 2)...].split(separator: " ").first.map(String.init)
        }

        /// User and system CPU time of a process, in clock ticks.
        static func cpuTicks(of pid: pid_t) -> Int? {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
            guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
            return user + system
        }

        /// A terminal ncurses does not know is an error, reported before anything is changed.
        /// A terminal that cannot draw a screen (TERM=dumb, as in Emacs' `M-x shell`, or TERM
        /// unset) gets the outline and a line saying why, never a frozen screen (issue 22).
        @Test(arguments: ["TERM=dumb", "env -u TERM"])
        func aDumbTerminalGetsTheOutline(prefix: String) throws {
            let harbour = Fixtures.directory + "/harbour"
            let tmux = try TmuxSession.start(command: "\(prefix) \(TmuxSession.debatemap) --data \(harbour)", width: 160, height: 60)
            defer { tmux.stop() }
            EndToEnd.expectRestored(tmux, exitStatus: 0)
            let screen = tmux.capture()
            #expect(screen.contains("the outline follows"), "\(screen)")
            #expect(screen.contains("The city should build the harbour tram."), "\(screen)")
        }

        @Test func unknownTerminalIsAnError() throws {
            let tmux = try TmuxSession.start(command: "TERM=no-such-terminal \(TmuxSession.debatemap)")
            defer { tmux.stop() }
            EndToEnd.expectRestored(tmux, exitStatus: 1)
            #expect(tmux.capture().contains("TERM=no-such-terminal"), "the error does not name the terminal:\n\(tmux.capture())")
        }

        /// With standard input redirected, keys still come from the terminal.
        @Test func keysComeFromTheTerminalWhenStdinIsRedirected() throws {
            let tmux = try EndToEnd.browse("< /dev/null")
            defer { tmux.stop() }
            let first = EndToEnd.selectedRow(tmux)
            tmux.send("j")
            #expect(tmux.waitUntil { _ in EndToEnd.selectedRow(tmux) != first }, "j did not arrive")
            tmux.send("q")
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
