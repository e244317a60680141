/// Turns a statement title into a claim id: lowercase, every run of characters other than
/// letters and digits becomes one `-`, none at either end; accents are dropped so ids are
/// easy to type. `[Galeotti: ease travel]` →
/// `galeotti-ease-travel`.
public enum Slug {
    public static func make(_ title: String) -> String {
        var out = ""
        out.reserveCapacity(title.utf8.count)
        var pendingDash = false
        for scalar in TextFold.fold(title).unicodeScalars {
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
