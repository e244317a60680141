import DebateMap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Standard output and error for the commands: the terminal's width, whether to colour.
///
/// A write that fails (a full disk, a closed descriptor, a pipe whose reader has gone while
/// SIGPIPE is ignored) ends the command as `cat` and `grep` end: one line on standard error,
/// where that still works, and exit status 1.
enum Output {
    static func print(_ text: String) {
        var text = text
        text.withUTF8 { print(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Bytes already made safe (the JSON export escapes every control), without a copy.
    static func print(bytes: UnsafeRawBufferPointer) {
        guard write(bytes, to: STDOUT_FILENO) else {
            let reason = String(cString: strerror(errno))
            error("debatemap: cannot write to standard output: \(reason)")
            exit(1)
        }
    }

    /// A message for a person: every text on standard error is made safe (`SafeText`), the
    /// arguments it may echo too.
    static func error(_ text: String) {
        var line = SafeText.clean(text.hasSuffix("\n") ? text : text + "\n", keepNewlines: true)
        // Nowhere left to say why.
        guard line.withUTF8({ write(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }) else { exit(1) }
    }

    /// All of `bytes` written to `descriptor`; false on an error.
    private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            done += n
        }
        return true
    }

    /// Standard input, output and error that are closed are opened on /dev/null, read-only:
    /// so no file the command opens takes their numbers (and a report meant for standard
    /// output lands in it), and a write to a closed one fails as a bad descriptor.
    static func holdStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The width of the terminal on standard output, else `$COLUMNS`, else 80.
    static var width: Int { width(of: STDOUT_FILENO) }

    /// The width of the terminal on `fd`, else `$COLUMNS`, else 80.
    static func width(of fd: Int32) -> Int {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Whether to colour standard output: the library's `ColorPolicy`, for this process.
    static func useColor(_ policy: ColorPolicy) -> Bool {
        policy.useColor(outputIsTerminal: stdoutIsTerminal, environment: ProcessInfo.processInfo.environment)
    }
}
