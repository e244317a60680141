/// Joins and tidies `/`-separated paths without touching the file system.
public enum PathName {
    /// The folder part: "data/maps/a.argdown" → "data/maps"; "a.argdown" → ".".
    public static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func join(_ directory: String, _ relative: String) -> String {
        if relative.hasPrefix("/") || directory == "." || directory.isEmpty { return normalize(relative) }
        return normalize(directory + "/" + relative)
    }

    /// Removes `.` and `name/..` parts: "data/maps/../essays/a.txt" → "data/essays/a.txt".
    public static func normalize(_ path: String) -> String {
        isNormal(path) ? path : normalizeByParts(path)
    }

    /// `normalize` the long way: split into parts, `.` and `name/..` dropped, joined again.
    static func normalizeByParts(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// Whether `normalize` would give `path` back: not empty, no empty, `.` or `..` part,
    /// no `/` at the end (every essay's text path is joined and tidied: splitting each into
    /// parts and joining them again cost more than reading the metadata).
    static func isNormal(_ path: String) -> Bool {
        if path == "/" { return true }
        var path = path
        return path.withUTF8 { p in
            guard !p.isEmpty, p[p.count - 1] != UInt8(ascii: "/") else { return false }
            var partStart = 0
            for k in 0...p.count {
                guard k == p.count || p[k] == UInt8(ascii: "/") else { continue }
                let length = k - partStart
                if length == 0, k > 0 { return false }  // "//"
                if length == 1, p[partStart] == UInt8(ascii: ".") { return false }
                if length == 2, p[partStart] == UInt8(ascii: "."), p[partStart + 1] == UInt8(ascii: ".") { return false }
                partStart = k + 1
            }
            return true
        }
    }

    /// `path` relative to `base` when it lies inside it, else `path` unchanged.
    public static func relative(_ path: String, to base: String) -> String {
        let p = normalize(path), b = normalize(base)
        if b == "." { return p }
        return p.hasPrefix(b + "/") ? String(p.dropFirst(b.count + 1)) : p
    }

    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
