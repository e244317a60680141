import Foundation
import Glibc

/// Runs a program to completion with its output in a file, never hanging and with a clean
/// signal state.
///
/// Not Foundation's `Process`, for two reasons found the hard way: its children inherit the
/// test thread's signal mask, in which SIGINT, SIGTERM and SIGHUP are blocked — a tmux
/// server started that way cannot be killed by `kill-server`, and nothing in its panes
/// receives Ctrl-C; and its exit detection missed the exit of a tmux client that had
/// forked a server, so `waitUntilExit()` never returned. Here the child gets an empty
/// signal mask and default handlers, and we reap it ourselves, with a deadline.
enum Spawn {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `path` with `arguments`, standard input from /dev/null, standard output to a
    /// temporary file (never a pipe: a daemon the child forks would hold it open) and
    /// standard error discarded. Killed after `timeout` seconds (status -1).
    static func run(_ path: String, _ arguments: [String], environment: [String: String], timeout: TimeInterval = 10) -> Result {
        let outPath = NSTemporaryDirectory() + "debatemap-e2e-\(UUID().uuidString).out"
        defer { unlink(outPath) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGCHLD, SIGWINCH] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else {
            return Result(status: -1, output: "")
        }
        let status = reap(pid, timeout: timeout)
        let output = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        return Result(status: status, output: output)
    }

    /// Waits for `pid` to exit, up to `timeout` seconds; then kills it. The exit status, or
    /// -1 when it had to be killed.
    static func reap(_ pid: pid_t, timeout: TimeInterval) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F) }
            if done < 0 { return -1 }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return -1
            }
            usleep(2_000)
        }
    }

    /// The absolute path of an executable found on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}
