/// Turns a statement title into a claim id: lowercase, every run of characters other than
/// letters and digits becomes one `-`, none at either end. `[Galeotti: ease travel]` →
/// `galeotti-ease-travel`.
public enum Slug {
    public static func make(_ title: String) -> String {
        var out = ""
        out.reserveCapacity(title.utf8.count)
        var pendingDash = false
        for scalar in title.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
