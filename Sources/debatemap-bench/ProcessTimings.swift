import Foundation

/// Runs whole processes: to time them from start to exit, or to read what they print.
enum ProcessTimings {
    /// A program in the same folder as this one (the build's products folder).
    static func sibling(_ name: String) -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Median seconds from start to exit; nil when the program is not there.
    static func median(runs: Int, _ command: [String]) -> Double? {
        guard FileManager.default.isExecutableFile(atPath: command[0]) else { return nil }
        var times: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: command[0])
            process.arguments = Array(command.dropFirst())
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let t = Stopwatch.time {
                try? process.run()
                process.waitUntilExit()
            }
            times.append(t)
        }
        return Stopwatch.percentile(times, 0.5)
    }

    static func output(_ command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
