import DebateMap
import DebateMapTerminal
import Foundation

/// A load's progress on a terminal while it runs (`LoadProgress.Snapshot.line`), redrawn ten
/// times a second on one line from a thread of its own, and wiped when the load is done.
/// Nothing is drawn for a load shorter than a quarter of a second, nor when `fd` is no
/// terminal. Plain text and carriage returns only, so any terminal shows it; Ctrl-C stops the
/// load as it always did (the terminal is not yet taken).
enum ProgressLine {
    /// The file descriptor for progress: `preferred` when it is a terminal, else none.
    static func terminal(_ preferred: Int32) -> Int32? { isatty(preferred) == 1 ? preferred : nil }

    static func whileRunning<T>(on fd: Int32?, _ work: (LoadProgress?) -> T) -> T {
        guard let fd else { return work(nil) }
        let progress = LoadProgress()
        let done = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let ascii = !TerminalEnvironment.localeIsUTF8()
        let thread = Thread {
            var drawn = 0
            var wait = 0.25
            while done.wait(timeout: .now() + wait) == .timedOut {
                wait = 0.1
                // Never wider than the terminal: a wrapped line cannot be redrawn in place.
                let width = Output.width(of: fd)
                guard width >= 12 else { continue }
                var line = progress.snapshot.line(width: width - 1, ascii: ascii)
                let cells = DisplayWidth.of(line)
                // Padded over what the last line left, so no escape sequence is needed.
                if cells < drawn { line += String(repeating: " ", count: min(drawn, width - 1) - cells) }
                drawn = cells
                ProgressLine.write("\r" + line, to: fd)
            }
            if drawn > 0 { ProgressLine.write("\r" + String(repeating: " ", count: min(drawn, max(0, Output.width(of: fd) - 1))) + "\r", to: fd) }
            finished.signal()
        }
        thread.start()
        let result = work(progress)
        done.signal()
        finished.wait()
        return result
    }

    static func write(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        var k = 0
        while k < bytes.count {
            let n = bytes[k...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { return }  // a terminal gone: the progress is not worth an error
            k += n
        }
    }
}
