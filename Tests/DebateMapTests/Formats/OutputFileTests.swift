import DebateMap
import Foundation
import Testing

/// `export -o FILE`: never replaces a file without being told to, never leaves half a file.
struct OutputFileTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "debatemap-output-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    func contents(_ path: String) -> String? { FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } }

    @Test func writesANewFileAndLeavesNoTemporaryFile() throws {
        let path = folder + "/map.argdown"
        try OutputFile.write("first\n", to: path, overwrite: false)
        #expect(contents(path) == "first\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["map.argdown"])
    }

    @Test func refusesToReplaceWithoutForce() throws {
        let path = folder + "/map.argdown"
        try OutputFile.write("old\n", to: path, overwrite: false)
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write("new\n", to: path, overwrite: false) }
        #expect(contents(path) == "old\n")
        try OutputFile.write("new\n", to: path, overwrite: true)
        #expect(contents(path) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["map.argdown"])
    }

    /// The new bytes go to a new file that takes the old one's name: whoever still has the old
    /// file open reads the old bytes, whole (a write in place would have truncated them).
    @Test func replacingIsAtomic() throws {
        let path = folder + "/map.argdown"
        try OutputFile.write("old contents\n", to: path, overwrite: false)
        let reader = try #require(FileHandle(forReadingAtPath: path))
        defer { try? reader.close() }
        try OutputFile.write("new\n", to: path, overwrite: true)
        #expect(String(decoding: reader.readDataToEndOfFile(), as: UTF8.self) == "old contents\n")
        #expect(contents(path) == "new\n")
    }

    @Test func aFailureLeavesTheOldFile() throws {
        let path = folder + "/map.argdown"
        try OutputFile.write("old\n", to: path, overwrite: false)
        // A folder in the way of the temporary file's name cannot be written over.
        try FileManager.default.createDirectory(atPath: folder + "/missing", withIntermediateDirectories: true)
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write("new\n", to: folder + "/nowhere/map.argdown", overwrite: true) }
        #expect(contents(path) == "old\n")
    }

    @Test func aFailedReplaceLeavesWhatWasThereAndNoTemporaryFile() throws {
        // A folder cannot be replaced by a file: the rename fails after the bytes are written.
        let path = folder + "/maps.argdown"
        try FileManager.default.createDirectory(atPath: path + "/inner", withIntermediateDirectories: true)
        #expect(throws: OutputFile.Failure.self) { try OutputFile.write("new\n", to: path, overwrite: true) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inner"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["maps.argdown"])
    }

    @Test func relativePaths() {
        #expect(PathName.relativePath(from: "/c/maps", to: "/c/essays/a.txt") == "../essays/a.txt")
        #expect(PathName.relativePath(from: "/c", to: "/c/essays/a.txt") == "essays/a.txt")
        #expect(PathName.relativePath(from: "/out/x", to: "/c/a.txt") == "../../c/a.txt")
    }
}
