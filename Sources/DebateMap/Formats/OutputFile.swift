#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an export to a file safely: the bytes go to a temporary file in the same folder,
/// which then takes the file's name in one step. An existing file is never overwritten unless
/// `overwrite` is true, and on any failure the old file is left as it was.
public enum OutputFile {
    /// Why an export could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        if !overwrite, access(path, F_OK) == 0 {
            throw Failure(description: "\(path) exists: give --force to replace it")
        }
        let folder = PathName.directory(path)
        let temporary = PathName.join(folder, ".\(PathName.fileName(path)).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot write in \(folder): \(reason())") }
        let bytes = Array(text.utf8)
        var written = 0
        var failed: String?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = reason()
                    return
                }
                written += n
            }
        }
        if failed == nil, fsync(fd) != 0 { failed = reason() }
        if close(fd) != 0, failed == nil { failed = reason() }
        if let failed {
            unlink(temporary)
            throw Failure(description: "cannot write \(path): \(failed)")
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let why = reason()
                unlink(temporary)
                throw Failure(description: "cannot replace \(path): \(why)")
            }
        } else {
            // `link` fails if the name exists, so a file that appeared meanwhile is not replaced.
            let linked = link(temporary, path)
            let error = errno
            let why = reason()
            unlink(temporary)
            guard linked == 0 else {
                throw Failure(description: error == EEXIST ? "\(path) exists: give --force to replace it" : "cannot write \(path): \(why)")
            }
        }
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, pointer, count)
        #else
        return Darwin.write(fd, pointer, count)
        #endif
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
