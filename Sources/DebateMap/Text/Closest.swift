/// Finds the candidates nearest to a misspelt name, for "did you mean" notes.
public enum Closest {
    /// Up to `limit` candidates, nearest first, within a distance that makes them plausible.
    public static func names(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let target = Array(name.lowercased().unicodeScalars)
        var scored: [(Int, String)] = []
        for c in candidates {
            let d = distance(target, Array(c.lowercased().unicodeScalars))
            let containment = c.lowercased().contains(name.lowercased()) || name.lowercased().contains(c.lowercased())
            if containment || d <= max(2, target.count / 3) { scored.append((containment ? min(d, 1) : d, c)) }
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return scored.prefix(limit).map(\.1)
    }

    /// Levenshtein distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
