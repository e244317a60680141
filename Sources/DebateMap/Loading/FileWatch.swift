import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a corpus was read from, each with when it last changed and its size: looked at
/// again, it says whether any changed, appeared or went away. A folder stands for every file
/// under it (a map added to it counts); an editor that saves by writing a new file and
/// renaming it is seen too.
public struct FileWatch: Sendable {
    struct Stamp: Equatable, Sendable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
    }

    public let paths: [String]
    private var stamps: [String: Stamp]

    public init(paths: [String]) {
        self.paths = paths
        stamps = FileWatch.stamps(of: paths)
    }

    /// Whether anything changed since the last look; the stamps are brought up to date.
    public mutating func changed() -> Bool {
        let now = FileWatch.stamps(of: paths)
        defer { stamps = now }
        return now != stamps
    }

    static func stamps(of paths: [String]) -> [String: Stamp] {
        var out: [String: Stamp] = [:]
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue, let walk = FileManager.default.enumerator(atPath: path) {
                while let relative = walk.nextObject() as? String {
                    let file = path + "/" + relative
                    if let stamp = stamp(file) { out[file] = stamp }
                }
            } else if let stamp = stamp(path) {
                out[path] = stamp
            }
        }
        return out
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Stamp(seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec, size: Int64(info.st_size))
    }
}
