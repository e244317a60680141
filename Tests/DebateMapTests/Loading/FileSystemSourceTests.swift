@testable import DebateMap
import Foundation
import SyntheticCorpus
import Testing

/// Reading a file gives exactly its bytes, whether its size is known in advance (read into
/// room of that size) or not (a file that reports none, read on as it comes).
struct FileSystemSourceTests {
    @Test(arguments: [0, 1, 4_095, 4_096, 4_097, 100_000])
    func aFileReadsAsItsBytes(size: Int) throws {
        let path = NSTemporaryDirectory() + "debatemap-read-\(size)-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var random = SplitMix(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(try FileSystemSource().read(path) == bytes)
    }

    /// Files under /proc say they are empty and are not: all of one is read.
    @Test func aFileThatReportsNoSizeIsReadWhole() throws {
        try #require(FileManager.default.fileExists(atPath: "/proc/version"))
        let read = try FileSystemSource().read("/proc/version")
        #expect(!read.isEmpty)
        #expect(read == [UInt8](FileManager.default.contents(atPath: "/proc/version") ?? Data()))
    }
}
