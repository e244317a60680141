extension PathName {
    /// The path that leads from folder `base` to `path`, both absolute (or both relative to the
    /// same folder): "/c/maps", "/c/essays/a.txt" → "../essays/a.txt".
    public static func relativePath(from base: String, to path: String) -> String {
        let b = normalize(base).split(separator: "/"), p = normalize(path).split(separator: "/")
        var common = 0
        while common < b.count, common < p.count, b[common] == p[common] { common += 1 }
        let ups = Array(repeating: "..", count: b.count - common)
        let rest = p[common...].map(String.init)
        let joined = (ups + rest).joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }
}
