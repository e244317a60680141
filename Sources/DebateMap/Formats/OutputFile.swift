#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an export to a file safely: the bytes go to a temporary file in the same folder,
/// which then takes the file's name in one step. An existing file is never overwritten unless
/// `overwrite` is true, only a regular file is ever replaced (not a device, a FIFO, a socket
/// or a folder), and on any failure the old file is left as it was.
public enum OutputFile {
    /// Why an export could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Whether `path` names standard output, as `-o -` and `-o /dev/stdout` do for Unix tools.
    public static func isStandardOutput(_ path: String) -> Bool {
        path == "-" || path == "/dev/stdout" || path == "/dev/fd/1" || path == "/proc/self/fd/1"
    }

    public static func write(_ text: String, to path: String, overwrite: Bool) throws {
        var text = text
        try text.withUTF8 { bytes in try write(to: path, overwrite: overwrite) { emit in _ = emit(UnsafeRawBufferPointer(bytes)) } }
    }

    /// `write`, with the bytes handed over a part at a time: `produce` calls `emit` with each
    /// part, and stops when it returns false (the write failed; the error is thrown after).
    public static func write(to name: String, overwrite: Bool, _ produce: (_ emit: (UnsafeRawBufferPointer) -> Bool) -> Void) throws {
        var info = stat()
        // What the name leads to first: a link to a pipe (`/dev/stderr` into one) is a FIFO.
        if stat(name, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            throw Failure(description: "\(name) is \(kind(info.st_mode)), not a regular file: it is not replaced")
        }
        let path = try throughLinks(name)
        let exists = stat(path, &info) == 0
        if !overwrite, access(path, F_OK) == 0 {
            throw Failure(description: "\(name) exists: give --force to replace it")
        }
        let folder = PathName.directory(path)
        let temporary = PathName.join(folder, ".\(PathName.fileName(path)).\(getpid()).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw Failure(description: "cannot write in \(folder): \(reason())") }
        // A file replaced keeps its permissions and, where we may give it, its owner: a
        // private file must not come back readable by all.
        if exists {
            // The owner first: a change of owner clears the set-id bits that the mode restores.
            _ = fchown(fd, info.st_uid, info.st_gid)
            _ = fchmod(fd, info.st_mode & 0o7777)
        }
        var failed: String?
        produce { buffer in
            var written = 0
            while failed == nil, written < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = reason()
                }
                written += max(0, n)
            }
            return failed == nil
        }
        if failed == nil, fsync(fd) != 0 { failed = reason() }
        if close(fd) != 0, failed == nil { failed = reason() }
        if let failed {
            unlink(temporary)
            throw Failure(description: "cannot write \(name): \(failed)")
        }
        if overwrite {
            guard rename(temporary, path) == 0 else {
                let why = reason()
                unlink(temporary)
                throw Failure(description: "cannot replace \(name): \(why)")
            }
        } else {
            // `link` fails if the name exists, so a file that appeared meanwhile is not replaced.
            let linked = link(temporary, path)
            let error = errno
            let why = reason()
            unlink(temporary)
            guard linked == 0 else {
                throw Failure(description: error == EEXIST ? "\(name) exists: give --force to replace it" : "cannot write \(name): \(why)")
            }
        }
    }

    /// A symbolic link is written through, as a shell's `>` writes through it: the file it
    /// leads to is replaced, never the link itself. A link that leads nowhere is refused, and
    /// so is one another user left in a shared folder such as /tmp, which the kernel's
    /// `protected_symlinks` keeps a shell's `>` from following (`realpath` is not held to it).
    static func throughLinks(_ path: String) throws -> String {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        var folder = stat()
        if stat(PathName.directory(path), &folder) == 0, folder.st_mode & S_ISVTX != 0, folder.st_mode & S_IWOTH != 0,
           info.st_uid != geteuid(), info.st_uid != folder.st_uid {
            throw Failure(description: "\(path) is a symbolic link another user left in a shared folder: it is not followed")
        }
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ELOOP: throw Failure(description: "\(path) is a loop of symbolic links: it is not replaced")
            case ENOENT: throw Failure(description: "\(path) is a symbolic link to nothing: it is not replaced")
            default: throw Failure(description: "\(path) cannot be followed: \(reason())")
            }
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, pointer, count)
        #else
        return Darwin.write(fd, pointer, count)
        #endif
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        default: return "something other than a file"
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
