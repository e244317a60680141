/// One map file as far as it can be taken on its own: read, its format found, and, for
/// Argdown, split into documents and parsed, with each essay map's essay made
/// (`PreparedEssay`). The loader prepares files on background threads and resolves them in
/// file order (`OrderedParallelMap`); what depends on other files is the resolver's.
struct PreparedMapFile: Sendable {
    /// One document of an Argdown file (a file may hold several, each with its front matter).
    struct Part: Sendable {
        /// Parsed with untitled statements numbered from 1; the loader renumbers them in file order.
        var document: ArgdownDocument
        var diagnostics: [Diagnostic]
        var dialect: ArgdownDialect
        /// An essay map's essay, when it has front matter.
        var essay: PreparedEssay?
        /// What each statement needs of the resolver that no other file decides (its title's
        /// hash, its id, its quote found in the essay's text), indexed like the document's
        /// statements; empty for a general Argdown document.
        var definitions: [PreparedDefinition] = []
    }

    enum Content: Sendable {
        /// The file could not be read, or its bytes are not text (empty, binary): the one diagnostic.
        case unread(Diagnostic)
        /// Its documents are `parts`.
        case argdown
        case kialo
        case aif
    }

    /// How many statements of its Argdown documents define a claim (for `LoadProgress`),
    /// counted here on the loader thread.
    var definitionCount = 0
    /// The bytes read (empty when they could not be).
    var bytes: [UInt8] = []
    var content: Content
    /// The documents of an Argdown file, in order (kept apart from `content`, so the loader
    /// can change them in place).
    var parts: [Part] = []

    /// `slugs` is the loader thread's own, kept from file to file (what it learns of
    /// characters is learned once a thread, not once a file).
    init(_ file: String, source: CorpusSource, format: InputFormat?, corpusRoot: String, slugs: inout Slug.Maker) {
        do {
            bytes = try source.read(file)
        } catch {
            content = .unread(.error("\(file): \((error as? CorpusSourceError)?.message ?? "cannot be read")", at: nil))
            return
        }
        if let problem = CorpusLoader.unreadableContent(bytes, file: file) {
            content = .unread(problem)
            return
        }
        switch format ?? InputFormat.detect(path: file, bytes: bytes) ?? .argdown {
        case .argdown:
            content = .argdown
            for part in ArgdownBundle.split(bytes) {
                let dialect = ArgdownDialect.detect(part.bytes)
                let (document, found) = ArgdownParser.parse(part.bytes, file: file, dialect: dialect, firstLine: part.firstLine)
                let essay = dialect == .general ? nil : document.frontMatter.map { PreparedEssay($0, source: source, corpusRoot: corpusRoot) }
                var definitions: [PreparedDefinition] = []
                if dialect != .general {
                    let text = essay.flatMap { $0.textOK ? $0.textBytes : nil }
                    definitions = PreparedDefinition.make(document.statements, text: text, slugs: &slugs)
                }
                definitionCount += document.statements.count { $0.text != nil }
                parts.append(Part(document: document, diagnostics: found, dialect: dialect, essay: essay, definitions: definitions))
            }
        case .kialo: content = .kialo
        case .aif: content = .aif
        }
    }
}
