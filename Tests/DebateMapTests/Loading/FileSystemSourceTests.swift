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

    /// A file's size without reading it: a regular file's, none for a folder or nothing.
    @Test func sizesOfFilesFoldersAndNothing() throws {
        let path = NSTemporaryDirectory() + "debatemap-size-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: 1234)))
        #expect(FileSystemSource().size(path) == 1234)
        #expect(FileSystemSource().size(NSTemporaryDirectory()) == nil)
        #expect(FileSystemSource().size(path + "-missing") == nil)
        #expect(MemorySource(files: ["a/b.argdown": [1, 2, 3]]).size("a/./b.argdown") == 3)
    }

    /// The loader's estimate of a corpus's size: exact for a few files, from every 16th of
    /// many, and 0 when no size is known.
    @Test func corpusSizeIsEstimatedFromASample() {
        var files: [String: [UInt8]] = [:]
        for k in 0..<10 { files["m/\(k).argdown"] = [UInt8](repeating: 0x61, count: 100 + k) }
        let few = files.keys.sorted()
        #expect(CorpusLoader.estimatedSize(of: few, source: MemorySource(files: files)) == (100..<110).reduce(0, +))
        var many: [String: [UInt8]] = [:]
        for k in 0..<1000 { many["m/\(k).argdown"] = [UInt8](repeating: 0x61, count: 500) }
        #expect(CorpusLoader.estimatedSize(of: many.keys.sorted(), source: MemorySource(files: many)) == 500_000)
        #expect(CorpusLoader.estimatedSize(of: ["x", "y"], source: MemorySource(files: [:])) == 0)
    }
}
