#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif
import Foundation

/// Where a corpus's files come from: the file system, or the copy embedded in the binary.
/// Paths are plain strings joined with `/`, as the user gave them.
public protocol CorpusSource: Sendable {
    /// The bytes of a file; throws `CorpusSourceError` with a message fit for a diagnostic.
    func read(_ path: String) throws -> [UInt8]
    func isDirectory(_ path: String) -> Bool
    func fileExists(_ path: String) -> Bool
    /// The names (not paths) of a directory's entries, sorted.
    func entries(of directory: String) -> [String]
    /// Why a path given by the user is neither a file nor a folder, for its diagnostic.
    func whyMissing(_ path: String) -> String
    /// A file's size in bytes, if known without reading it (for the progress bar).
    func size(of path: String) -> Int?
}

extension CorpusSource {
    public func whyMissing(_ path: String) -> String { "no such file or folder" }
    public func size(of path: String) -> Int? { nil }
}

/// Why a file could not be read.
public struct CorpusSourceError: Error, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The files on disk.
public struct FileSystemSource: CorpusSource {
    /// The most bytes read from one file by default: 256 MiB, far above any real map. A
    /// device such as /dev/zero or a runaway pipe would otherwise fill memory.
    public static let defaultMaximumFileSize = 256 << 20
    /// The most bytes read from one file; a larger file is an error.
    public let maximumFileSize: Int

    public init(maximumFileSize: Int = FileSystemSource.defaultMaximumFileSize) { self.maximumFileSize = maximumFileSize }

    /// Read with open/fstat/read straight into the array: one system call to learn the size
    /// and no `Data` to copy out of (loading a large corpus reads thousands of files).
    public func read(_ path: String) throws -> [UInt8] {
        // Opened without blocking, so a FIFO with no writer cannot hang the reader (its read
        // then finds the end at once); reads block again, for a pipe that is being written.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ELOOP { throw CorpusSourceError("a loop of symbolic links") }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                var info = stat()
                let link = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
                throw CorpusSourceError(link ? "a symbolic link to nothing" : "no such file")
            }
            if isDir.boolValue { throw CorpusSourceError("is a directory, not a file") }
            throw CorpusSourceError("cannot be read (permission denied?)")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CorpusSourceError("cannot be read (permission denied?)") }
        if info.st_mode & S_IFMT == S_IFDIR { throw CorpusSourceError("is a directory, not a file") }
        // A regular file's reads never wait, flag or not: two system calls a file spared.
        if info.st_mode & S_IFMT != S_IFREG { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) }
        if Int(info.st_size) > maximumFileSize { throw tooLarge }
        // The size is a hint: a file may grow or shrink while read, or (a pipe) report none.
        // Read first into room of that size and one byte more, not zeroed (zeroing every
        // file before reading it was a twentieth of reading); only a file that fills it has
        // more to read, into room added as it comes.
        let room = max(Int(info.st_size), 0) + 1
        var count = 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            while count < room {
                let got = systemRead(fd, buffer.baseAddress! + count, room - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if got == 0 { break }
                count += got
            }
            initialized = count
        }
        if failed { throw CorpusSourceError("cannot be read (permission denied?)") }
        if count == room {
            // More than fstat said (the file grew, or it is a pipe): read on, adding room.
            while true {
                if count == bytes.count { bytes += [UInt8](repeating: 0, count: max(bytes.count, 4096)) }
                let got = bytes.withUnsafeMutableBytes { buffer in
                    systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
                }
                if got < 0 {
                    if errno == EINTR { continue }
                    throw CorpusSourceError("cannot be read (permission denied?)")
                }
                if got == 0 { break }
                count += got
                if count > maximumFileSize { throw tooLarge }
            }
        }
        if count > maximumFileSize { throw tooLarge }
        bytes.removeSubrange(count...)
        return bytes
    }

    private var tooLarge: CorpusSourceError {
        CorpusSourceError("is over \(maximumFileSize >> 20) MiB, more than a map may have, so it is not read")
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    public func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
    }

    /// A symbolic link that leads round in a loop, or a path the user may not look into, is
    /// said to be so, not that it does not exist.
    public func whyMissing(_ path: String) -> String {
        var info = stat()
        if stat(path, &info) != 0 {
            switch errno {
            case ELOOP: return "a loop of symbolic links"
            case EACCES: return "permission denied"
            case ENOTDIR: return "a part of the path is not a folder"
            default: break
            }
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return "a symbolic link to nothing" }
        }
        return "no such file or folder"
    }

    public func fileExists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    public func entries(of directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
    }
}

/// Files held in memory, e.g. the seed corpus compiled into the binary.
public struct MemorySource: CorpusSource {
    public let files: [String: [UInt8]]

    public init(files: [String: [UInt8]]) { self.files = files }

    public func read(_ path: String) throws -> [UInt8] {
        let key = PathName.normalize(path)
        if let bytes = files[key] { return bytes }
        if isDirectory(key) { throw CorpusSourceError("is a directory, not a file") }
        throw CorpusSourceError("no such file")
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = PathName.normalize(path) + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    public func fileExists(_ path: String) -> Bool { files[PathName.normalize(path)] != nil }

    public func size(of path: String) -> Int? { files[PathName.normalize(path)]?.count }

    public func entries(of directory: String) -> [String] {
        let prefix = PathName.normalize(directory) + "/"
        var names = Set<String>()
        for key in files.keys where key.hasPrefix(prefix) {
            if let name = key.dropFirst(prefix.count).split(separator: "/").first { names.insert(String(name)) }
        }
        return names.sorted()
    }
}
