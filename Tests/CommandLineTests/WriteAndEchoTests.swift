import Foundation
import Testing
import TestSupport

/// Issue 21: a write that fails is one line on standard error and status 1, never a crash;
/// `-o` replaces only regular files and `-` names standard output; arguments echoed in errors
/// are made safe like corpus text.
struct WriteAndEchoTests {
    /// `debatemap ARGS` through bash with `redirections`, and its exit status.
    static func shell(_ arguments: String, _ redirections: String, before: String = "") throws -> (status: Int32, stderr: String) {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let script = "\(before) \"$0\" \(arguments) \(redirections)"
        let run = try Debatemap.run(["-c", script, Debatemap.binary.path], executable: URL(fileURLWithPath: "/bin/bash"))
        return (run.status, run.stderr)
    }

    @Test func aFullDiskIsAnErrorNotACrash() throws {
        let (status, stderr) = try Self.shell("keys", "> /dev/full")
        #expect(status == 1)
        #expect(stderr == "debatemap: cannot write to standard output: No space left on device\n")
    }

    /// As `cat` says of it: the descriptor is bad (not whatever file took its number).
    @Test func aClosedStandardOutputIsAnError() throws {
        let (status, stderr) = try Self.shell("list", ">&-")
        #expect(status == 1)
        #expect(stderr == "debatemap: cannot write to standard output: Bad file descriptor\n")
    }

    @Test func aFullStandardErrorEndsWithStatusOne() throws {
        let dir = try Debatemap.copyOfHarbour()
        try "broken".write(toFile: dir + "/maps/zz.argdown", atomically: true, encoding: .utf8)
        let (status, _) = try Self.shell("check --data '\(dir)'", "2>/dev/full")
        #expect(status == 1)
    }

    /// A reader that quits early, with SIGPIPE ignored (as some shells and supervisors leave it).
    @Test func aClosedPipeWithSIGPIPEIgnored() throws {
        let run = try Debatemap.run(["-c", "trap '' PIPE; \"$0\" export --to json | head -c 1 >/dev/null; echo \"status ${PIPESTATUS[0]}\"", Debatemap.binary.path],
                                    executable: URL(fileURLWithPath: "/bin/bash"))
        #expect(run.stdout == "status 1\n")
        #expect(run.stderr == "debatemap: cannot write to standard output: Broken pipe\n")
    }

    @Test func forceReplacesOnlyRegularFiles() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let toFIFO = try Debatemap.run(["export", "-o", fifo, "--force"])
        #expect(toFIFO.status == 1)
        #expect(toFIFO.stderr == "debatemap: \(fifo) is a FIFO, not a regular file: it is not replaced\n")
        var info = stat()
        #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)

        let toDevice = try Debatemap.run(["export", "-o", "/dev/null", "--force"])
        #expect(toDevice.status == 1)
        #expect(toDevice.stderr == "debatemap: /dev/null is a character device, not a regular file: it is not replaced\n")

        // /dev/stderr into a pipe leads to the pipe, through two links.
        let toStderr = try Self.shell("export -o /dev/stderr --force", "2>&1 | cat >&2", before: "set -o pipefail;")
        #expect(toStderr.status == 1 && toStderr.stderr == "debatemap: /dev/stderr is a FIFO, not a regular file: it is not replaced\n")

        let toFolder = try Debatemap.run(["export", "-o", dir, "--force"])
        #expect(toFolder.status == 1 && toFolder.stderr.contains("is a folder, not a regular file"))
    }

    /// `-o LINK --force` replaced the link with a regular file (`-o /dev/stderr` replaced the
    /// system's link); it writes through the link, as a shell's `>` does.
    @Test func forceWritesThroughASymbolicLink() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/target.json", link = dir + "/link.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        #expect(symlink(target, link) == 0)
        let refused = try Debatemap.run(["export", "--to", "json", "-o", link])
        #expect(refused.status == 1 && refused.stderr == "debatemap: \(link) exists: give --force to replace it\n")
        let forced = try Debatemap.run(["export", "--to", "json", "-o", link, "--force"])
        #expect(forced.status == 0 && forced.stderr == "")
        var info = stat()
        #expect(lstat(link, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the link is still a link")
        let plain = try Debatemap.run(["export", "--to", "json"])
        #expect(try String(contentsOfFile: target, encoding: .utf8) == plain.stdout)

        // The file replaced keeps its permissions (and, as root, its owner).
        #expect(chmod(target, 0o600) == 0)
        if getuid() == 0 { #expect(chown(target, 65534, 65534) == 0) }
        #expect(try Debatemap.run(["export", "--to", "json", "-o", link, "--force"]).status == 0)
        #expect(stat(target, &info) == 0 && info.st_mode & 0o7777 == 0o600, "mode \(String(info.st_mode & 0o7777, radix: 8))")
        if getuid() == 0 { #expect(info.st_uid == 65534 && info.st_gid == 65534) }

        let loop = dir + "/loop.json"
        #expect(symlink(loop, loop) == 0)
        let toLoop = try Debatemap.run(["export", "-o", loop, "--force"])
        #expect(toLoop.status == 1 && toLoop.stderr == "debatemap: \(loop) is a loop of symbolic links: it is not replaced\n")

        // A link another user left in a shared (sticky, world-writable) folder is not followed.
        if getuid() == 0 {
            let shared = dir + "/shared"
            #expect(mkdir(shared, 0o1777) == 0 && chmod(shared, 0o1777) == 0)
            let planted = shared + "/out.json"
            #expect(symlink(target, planted) == 0 && lchown(planted, 65534, 65534) == 0)
            let refused = try Debatemap.run(["export", "-o", planted, "--force"])
            #expect(refused.status == 1 && refused.stderr == "debatemap: \(planted) is a symbolic link another user left in a shared folder: it is not followed\n")
        }

        let dangling = dir + "/dangling.json"
        #expect(symlink(dir + "/nothing", dangling) == 0)
        let toNothing = try Debatemap.run(["export", "-o", dangling, "--force"])
        #expect(toNothing.status == 1 && toNothing.stderr == "debatemap: \(dangling) is a symbolic link to nothing: it is not replaced\n")
        #expect(lstat(dangling, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
    }

    @Test(arguments: ["-", "/dev/stdout"])
    func dashAndDevStdoutAreStandardOutput(path: String) throws {
        let plain = try Debatemap.run(["export", "--to", "json"])
        let named = try Debatemap.run(["export", "--to", "json", "-o", path])
        #expect(named.status == 0 && named.stderr == "")
        #expect(named.stdout == plain.stdout && !plain.stdout.isEmpty)
    }

    /// `show "$(printf '\e]2;TITLE\a')"` used to set the terminal's title.
    @Test(arguments: [
        ["show", "\u{1B}]2;TITLE\u{07}"],
        ["export", "--to", "\u{1B}[2Jx"],
        ["--\u{1B}]2;T\u{07}"],
        ["export", "-o", "/nonexistent-\u{1B}[31m/x"],
        ["list", "/nowhere-\u{9B}2J"],
    ])
    func argumentsEchoedInErrorsAreSafe(arguments: [String]) throws {
        let run = try Debatemap.run(arguments)
        #expect(run.status != 0)
        #expect(!run.stderr.isEmpty)
        #expect(TerminalSafety.unsafeScalars(run.stderr) == [], "\(run.stderr)")
        #expect(run.stderr.contains("^[") || run.stderr.contains("⟨U+009B⟩"), "\(run.stderr)")
    }
}
