import Foundation
import Glibc
import Testing

/// The hostile inputs of issue 7 through the command line: `check` reports each as compilers
/// do, with status 1 for errors; what any command prints holds no control a terminal would
/// obey (JSON escapes them); a 100 MB map nested 10,000 levels deep is read in bounded memory.
struct HostileCommandLineTests {
    static let hostile = Debatemap.fixtures + "/hostile"

    static func unsafe(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// The hostile corpus copied beside a map whose file name holds an escape sequence.
    static func hostileCopy() throws -> String {
        let dir = try Debatemap.temporaryDirectory() + "/hostile"
        try FileManager.default.copyItem(atPath: hostile, toPath: dir)
        try "[Name]: a map with an escape in its file name {\n".write(toFile: dir + "/maps/evil\u{1B}]0;PWNED\u{07}.argdown", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func everyCommandPrintsHostileTextSafely() throws {
        let dir = try Self.hostileCopy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let check = try Debatemap.run(["check", dir])
        #expect(check.status == 1)
        #expect(check.stderr.contains("/maps/evil^[]0;PWNED^G.argdown:1:47: error: `{` is never closed"), "\(check.stderr)")
        #expect(Self.unsafe(check.stdout + check.stderr).isEmpty, "\(Self.unsafe(check.stderr))")
        let commands: [[String]] = [
            ["list"], ["matrix"], ["show", "night"], ["show", "discussion"], ["show", "ferries"], ["search", "ferries"],
            ["opposing", "night-cost"], ["list", "--format", "json"], ["show", "night", "--format", "json"],
            ["export", "--to", "json"], ["export", "--to", "aif"], ["browse"],
        ]
        for command in commands {
            let run = try Debatemap.run(command + ["--data", Self.hostile])
            #expect(run.status == 0, "\(command): \(run.stderr)")
            #expect(Self.unsafe(run.stdout + run.stderr).isEmpty, "\(command) printed \(Self.unsafe(run.stdout + run.stderr).prefix(5))")
        }
        // JSON keeps the text, escaped.
        let json = try Debatemap.run(["export", "--to", "json", "--data", Self.hostile])
        #expect(json.stdout.contains("\\u001b]0;PWNED\\u0007") && json.stdout.contains("\\u202e"))
        // Into a pipe an Argdown export is exact (it reads back to the same corpus); only on a
        // terminal does it show placeholders (EndToEndTests).
        let argdown = try Debatemap.run(["export", "--to", "argdown", "--data", Self.hostile])
        #expect(argdown.stdout.contains("\u{1B}") && argdown.stdout.contains("\u{202E}"))
    }

    static let brokenFiles: [String: [UInt8]] = [
        "nul.argdown": Array("[A]: a\n[B]: b\u{0}\n".utf8),
        "utf8.argdown": Array("[A]: caf".utf8) + [0xE9, 0x0A],
        "cut.argdown": Array("===\nid: a\ntitle: \"cut".utf8),
        "binary.json": (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131) },
        "cut.json": Array("{\"nodes\": [{\"nodeID\": \"1\"".utf8),
    ]

    @Test(arguments: [
        ("nul.argdown", "nul.argdown:2:7: error: the file holds a NUL byte"),
        ("utf8.argdown", "utf8.argdown:1:9: error: the file is not valid UTF-8"),
        ("cut.argdown", "cut.argdown:1:1: error: front matter opened with `===` is never closed"),
        ("binary.json", "binary.json:1:1: error: the file holds a NUL byte"),
        ("cut.json", "cut.json:1:26: error: not valid JSON"),
    ])
    func brokenFileIsAnErrorWithItsPlace(_ name: String, _ expected: String) throws {
        let bytes = Self.brokenFiles[name]!
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let run = try Debatemap.run(["check", path])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix(path.dropLast(name.count) + expected), "\(run.stderr)")
        #expect(Self.unsafe(run.stderr).isEmpty)
    }

    @Test func emptyFileDirectoryAndFIFO() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/empty.argdown", contents: Data())
        let empty = try Debatemap.run(["check", dir + "/empty.argdown"])
        #expect(empty.status == 0 && empty.stderr.hasPrefix("warning: \(dir)/empty.argdown: the file is empty"), "\(empty.stderr)")
        try FileManager.default.createDirectory(atPath: dir + "/maps/folder.argdown", withIntermediateDirectories: true)
        #expect(mkfifo(dir + "/maps/pipe.argdown", 0o644) == 0)
        let folder = try Debatemap.run(["check", dir])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("error: \(dir)/maps/folder.argdown: is a directory, not a file"), "\(folder.stderr)")
        #expect(folder.stderr.contains("warning: \(dir)/maps/pipe.argdown: the file is empty"), "\(folder.stderr)")
    }

    /// 10,000 levels of Argdown, two spaces each: 100 MB of map on 10,000 lines up to 20 KB.
    @Test func hundredMegabyteMapNested10000Deep() throws {
        let dir = try Debatemap.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/deep.argdown"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try file.write(contentsOf: Data("[N0]: level 0\n".utf8))
        var chunk = Data()
        for level in 1...10_000 {
            chunk.append(Data(repeating: 0x20, count: 2 * level))
            chunk.append(Data("+ [N\(level)]: level \(level)\n".utf8))
            if chunk.count > 8 << 20 { try file.write(contentsOf: chunk); chunk.removeAll(keepingCapacity: true) }
        }
        try file.write(contentsOf: chunk)
        try file.close()
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        #expect(size > 100_000_000)
        let run = try Debatemap.run(["check", path])
        #expect(run.status == 0, "\(run.stderr.prefix(500))")
        #expect(run.stderr.contains("10001 claims, 10000 relations: 0 errors"), "\(run.stderr.prefix(500))")
        // The largest resident set of any child this process waited for (this one is by far
        // the largest): the file once, its lines and claims, not a copy per level.
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #expect(usage.ru_maxrss < 1_500_000, "the check took \(usage.ru_maxrss) KB")
    }
}
