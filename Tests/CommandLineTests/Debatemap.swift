import Foundation
import TestSupport

/// Runs the built `debatemap` binary, as a user or a script would, and captures its output.
enum Debatemap {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle, in the products folder of this build.
    static var binary: URL {
        let products = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent()
            : URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("debatemap")
    }

    static let fixtures = Fixtures.directory
    static let harbour = fixtures + "/harbour"

    /// Runs with a clean environment (no colour, no DEBATEMAP_DATA) plus `environment`.
    static func run(_ arguments: [String], environment: [String: String] = [:], directory: String? = nil, executable: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DEBATEMAP_DATA"] = nil
        env["NO_COLOR"] = nil
        env["COLUMNS"] = "80"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        // Output goes to files, so a large output can never block the child on a full pipe.
        let dir = try temporaryDirectory()
        let outPath = dir + "/stdout", errPath = dir + "/stderr"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self),
                   stderr: String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// A copy of the harbour fixture that a test may break.
    static func copyOfHarbour() throws -> String {
        let dir = try temporaryDirectory() + "/harbour"
        try FileManager.default.copyItem(atPath: harbour, toPath: dir)
        return dir
    }
}
