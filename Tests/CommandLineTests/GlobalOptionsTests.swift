import Foundation
import Testing
import TestSupport

/// Issue 22: the options that choose the corpus may come before the command's name, as
/// `debatemap --data DIR matrix` (it said "matrix: no such file or folder").
struct GlobalOptionsTests {
    @Test(arguments: [["matrix"], ["list"], ["show", "petrov-waste"], ["opposing", "petrov-waste"]])
    func corpusOptionsBeforeTheCommand(command: [String]) throws {
        let after = try Debatemap.run(command + ["--data", Debatemap.harbour])
        let before = try Debatemap.run(["--data", Debatemap.harbour] + command)
        let joined = try Debatemap.run(["--data=" + Debatemap.harbour] + command)
        #expect(after.status == 0 && !after.stdout.isEmpty)
        #expect(before.status == 0 && before.stdout == after.stdout && before.stderr == after.stderr)
        #expect(joined.stdout == after.stdout)
    }

    /// Only a command's name moves them: a map file named like a path is still a path.
    @Test func aPathIsNotTakenForACommand() throws {
        let run = try Debatemap.run(["--data", Debatemap.harbour, "no-such-command"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no-such-command"))
    }

    /// `--version` prints the name and version on one line and exits 0, before or without
    /// any other argument.
    @Test(arguments: [["--version"], ["--data", "/no/such/folder", "--version"]])
    func version(arguments: [String]) throws {
        let run = try Debatemap.run(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^debatemap [0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
        #expect(run.stderr.isEmpty)
    }
}
