import Foundation

/// Runs whole processes: to time them from start to exit, or to read what they print.
enum ProcessTimings {
    /// A program in the same folder as this one (the build's products folder).
    static func sibling(_ name: String) -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Median seconds from start to exit; nil when the program is not there. Spawned with
    /// posix_spawn and reaped with waitpid: Foundation's `Process.waitUntilExit` polls a run
    /// loop and added some 30 ms to every figure.
    static func median(runs: Int, _ command: [String]) -> Double? {
        guard FileManager.default.isExecutableFile(atPath: command[0]) else { return nil }
        var times: [Double] = []
        for _ in 0..<runs {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            defer { posix_spawn_file_actions_destroy(&actions) }
            let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            var status: Int32 = 0
            let t = Stopwatch.time {
                guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else { return }
                waitpid(pid, &status, 0)
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
