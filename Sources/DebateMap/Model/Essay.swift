/// One essay: its metadata and its full text.
public struct Essay: Sendable, Hashable {
    /// The value written where the text does not give a piece of metadata.
    public static let unknown = "unknown"

    public var id: String
    public var title: String
    /// The subtitle the text gives under its title, if any.
    public var subtitle: String?
    public var author: String
    public var outlet: String
    public var published: String
    public var url: String
    /// A short name for tight places.
    public var label: String
    /// The text file, relative to the corpus folder.
    public var textPath: String
    /// The map file it was read from, as given to the loader.
    public var mapPath: String
    public var text: String
    public var furniture: [Furniture]
    /// Who speaks in its map: the author alone, or the voices of a debate it records.
    public var voices: Voices

    public init(
        id: String, title: String, author: String, outlet: String, published: String, url: String,
        label: String? = nil, textPath: String, mapPath: String, text: String, furniture: [Furniture] = [], voices: Voices = .author, subtitle: String? = nil
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle.flatMap { $0 == Essay.unknown || $0.isEmpty ? nil : $0 }
        self.author = author
        self.outlet = outlet
        self.published = published
        self.url = url
        self.label = label ?? Essay.defaultLabel(id: id, author: author)
        self.textPath = textPath
        self.mapPath = mapPath
        self.text = text
        self.furniture = furniture
        self.voices = voices
    }

    /// The author's surname when known, else the id.
    public static func defaultLabel(id: String, author: String) -> String {
        guard author != unknown else { return id }
        // The last word, found from the end (splitting every author's name into words cost
        // more than the rest of the essay's metadata).
        var end = author.endIndex
        while end > author.startIndex, author[author.index(before: end)] == " " { end = author.index(before: end) }
        guard end > author.startIndex else { return id }
        var start = end
        while start > author.startIndex, author[author.index(before: start)] != " " { start = author.index(before: start) }
        return String(author[start..<end])
    }

    /// The title with its subtitle, as a reader would cite it: "Title: Subtitle"; the title
    /// alone when there is no subtitle (and `unknown` when the title is).
    public var fullTitle: String {
        guard let subtitle, title != Essay.unknown else { return title }
        return title + ": " + subtitle
    }

    /// "Mark Galeotti, The Moscow Times, 2022-02-25", leaving out what is unknown.
    public var source: String {
        [author, outlet, published].filter { $0 != Essay.unknown && !$0.isEmpty }.joined(separator: ", ")
    }
}
