/// A claim title (or id) as a dictionary key: equal exactly when the Strings are equal,
/// but hashed once and compared by that hash first. With plain String keys, every probe of
/// the table compared titles with Unicode canonical equivalence, which for non-ASCII titles
/// was a fifth of resolving.
struct TitleKey: Hashable {
    let title: String
    let hash: Int

    init(_ title: String) {
        self.title = title
        hash = title.hashValue
    }

    static func == (a: TitleKey, b: TitleKey) -> Bool { a.hash == b.hash && a.title == b.title }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
