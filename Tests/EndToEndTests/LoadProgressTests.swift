import Foundation
import Testing
import TestSupport

extension EndToEnd {
    /// Issue 21 item 8: a long load says how far it has got on the terminal, and the line is
    /// gone when the work is done.
    @Suite struct LoadProgressTests {
        /// A Kialo export of about 25 MB: long enough to load that the line is drawn.
        static func writeLargeKialo(to path: String) throws {
            var text = "Discussion Title: Many claims\n\n1. The thesis.\n"
            let words = "the West should do more for Ukraine and its people now because the war goes on"
            for a in 1...300 {
                text += "1.\(a). Pro: \(words) \(a)\n"
                for b in 1...300 { text += "1.\(a).\(b). Con: \(words) \(a) \(b)\n" }
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        /// A fresh folder named after `name` holding the large export as many.txt.
        static func folderWithLargeKialo(_ name: String) throws -> (folder: URL, file: String) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debatemap-\(name)-\(getpid())")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("many.txt").path
            try writeLargeKialo(to: file)
            return (folder, file)
        }

        @Test func aLongCheckShowsProgressOnTheTerminal() throws {
            let (folder, file) = try LoadProgressTests.folderWithLargeKialo("progress")
            defer { try? FileManager.default.removeItem(at: folder) }
            let tmux = try TmuxSession.start(command: "\(TmuxSession.debatemap) check \(file)")
            defer { tmux.stop() }
            #expect(tmux.waitFor("reading 1 of 1 file · "), "\(tmux.capture())")
            let report = tmux.waitForReport(timeout: 120)
            #expect(report?.exitStatus == 0)
            let screen = tmux.capture()
            #expect(screen.contains("1 essay, 1 topic, 90301 claims, 90300 relations: 0 errors, 0 warnings"), "\(screen)")
            #expect(!screen.contains("reading"), "\(screen)")
        }

        /// Ctrl-\\ while a load shows its progress quits as it quits `cat`: status 128+SIGQUIT,
        /// no crash report of the Swift runtime, no 30-second wait for a key.
        @Test func ctrlBackslashDuringALoadQuitsPlainly() throws {
            let (folder, file) = try LoadProgressTests.folderWithLargeKialo("quit")
            defer { try? FileManager.default.removeItem(at: folder) }
            let tmux = try TmuxSession.start(command: "\(TmuxSession.debatemap) \(file)")
            defer { tmux.stop() }
            #expect(tmux.waitFor("reading 1 of 1 file · "), "\(tmux.capture())")
            tmux.send("C-\\")
            let report = tmux.waitForReport(timeout: 20)
            #expect(report?.exitStatus == 128 + Int(SIGQUIT), "\(String(describing: report))")
            #expect(report?.sttyUnchanged == true)
            #expect(!tmux.capture().contains("Press space") && !tmux.capture().contains("crashed"), "\(tmux.capture())")
        }

        /// Standard error into a file: no progress there.
        @Test func noProgressIntoAFile() throws {
            let (folder, file) = try LoadProgressTests.folderWithLargeKialo("progress-file")
            defer { try? FileManager.default.removeItem(at: folder) }
            let errors = folder.appendingPathComponent("stderr").path
            let tmux = try TmuxSession.start(command: "\(TmuxSession.debatemap) check \(file) 2>\(errors)")
            defer { tmux.stop() }
            #expect(tmux.waitForReport(timeout: 120)?.exitStatus == 0)
            // `check` reports on standard error: that line alone, no progress before it.
            #expect(try String(contentsOfFile: errors, encoding: .utf8) == "1 essay, 1 topic, 90301 claims, 90300 relations: 0 errors, 0 warnings\n")
        }
    }
}
