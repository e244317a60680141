import DebateMap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error for the commands: the terminal's width, whether to colour.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The terminal's width, else `$COLUMNS`, else 80.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Whether to colour standard output: the library's `ColorPolicy`, for this process.
    static func useColor(_ policy: ColorPolicy) -> Bool {
        policy.useColor(outputIsTerminal: stdoutIsTerminal, environment: ProcessInfo.processInfo.environment)
    }
}
