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

    /// `normalize` the long way: `.` parts and `name/..` pairs dropped, on the path's bytes
    /// (each essay's text path is "../essays/…" from its map: splitting it into substrings
    /// and joining them again cost a tenth of preparing the essay).
    static func normalizeByParts(_ path: String) -> String {
        var path = path
        return path.withUTF8 { p -> String in
            let absolute = p.first == UInt8(ascii: "/")
            // The kept parts as byte ranges of `p`, in order.
            var parts: [Range<Int>] = []
            var start = 0
            for k in 0...p.count where k == p.count || p[k] == UInt8(ascii: "/") {
                defer { start = k + 1 }
                let length = k - start
                if length == 0 || (length == 1 && p[start] == UInt8(ascii: ".")) { continue }
                let isUp = length == 2 && p[start] == UInt8(ascii: ".") && p[start + 1] == UInt8(ascii: ".")
                if isUp, let last = parts.last, !(last.count == 2 && p[last.lowerBound] == UInt8(ascii: ".") && p[last.lowerBound + 1] == UInt8(ascii: ".")) {
                    parts.removeLast()
                    continue
                }
                if isUp, absolute { continue }
                parts.append(start..<k)
            }
            if parts.isEmpty { return absolute ? "/" : "." }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(p.count + 1)
            for (i, part) in parts.enumerated() {
                if i > 0 || absolute { bytes.append(UInt8(ascii: "/")) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[part]))
            }
            return String(decoding: bytes, as: UTF8.self)
        }
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

    /// The last part of `path` ("a/b.txt" → "b.txt", "a/b/" → "b"), without splitting the
    /// whole path into parts (every map file's format is found from its name).
    public static func fileName(_ path: String) -> String {
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return path }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
        return String(path[start..<end])
    }
}
