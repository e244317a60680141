/// Loads a corpus from folders and map files: finds the maps and `corpus.yaml`, parses,
/// resolves and checks them, and returns the corpus with every diagnostic.
///
/// Besides essay maps it reads general Argdown files, Kialo exports and AIF JSON (see
/// `docs/formats.md`); each format is found from the extension and the content, or forced
/// with `format`. A folder may mix them.
///
///     let result = CorpusLoader.load(paths: ["data"])
///     if result.hasErrors { … } else { result.corpus.opponents(of: 0) }
public enum CorpusLoader {
    /// The file name of a corpus's topic definitions.
    public static let definitionFile = "corpus.yaml"
    /// The extensions of map files.
    public static let mapExtensions = ["argdown", "ad"]

    /// `progress`, when given, is kept up to date as files are read (`LoadProgress`).
    public static func load(paths: [String], source: CorpusSource = FileSystemSource(), format: InputFormat? = nil, progress: LoadProgress? = nil) -> LoadResult {
        var diagnostics: [Diagnostic] = []
        var mapFiles: [String] = []
        var definitionPath: String?
        var root = "."
        for path in paths {
            if source.isDirectory(path) {
                let maps = PathName.join(path, "maps")
                let folder = source.isDirectory(maps) ? maps : path
                let found = source.entries(of: folder).filter { isCandidate($0, format: format) }.map { PathName.join(folder, $0) }
                    .filter { format != nil || isMapFile(PathName.fileName($0)) || readsAsImport($0, source: source) }
                if found.isEmpty { diagnostics.append(.error("\(path): no map files (*.argdown, *.ad, Kialo *.txt, AIF *.json) in this folder", at: nil)) }
                mapFiles += found
                let candidate = PathName.join(path, definitionFile)
                if definitionPath == nil, source.fileExists(candidate) {
                    definitionPath = candidate
                    root = PathName.normalize(path)
                }
            } else if source.fileExists(path) {
                mapFiles.append(PathName.normalize(path))
            } else {
                diagnostics.append(.error("\(path): \(source.whyMissing(path))", at: nil))
            }
        }
        if definitionPath == nil, let first = mapFiles.first {
            // Maps given one by one: the corpus.yaml of their folder or its parent.
            let folder = PathName.directory(first)
            for candidateRoot in [folder, PathName.join(folder, "..")] {
                let candidate = PathName.join(candidateRoot, definitionFile)
                if source.fileExists(candidate) {
                    definitionPath = candidate
                    root = PathName.normalize(candidateRoot)
                    break
                }
            }
        }
        return load(mapFiles: mapFiles, definition: definitionPath, root: root, source: source, diagnostics: diagnostics, format: format, progress: progress)
    }

    /// A folder entry that may hold a map: by extension (all formats' unless one is forced).
    static func isCandidate(_ name: String, format: InputFormat?) -> Bool {
        guard !name.hasPrefix(".") else { return false }
        let ext = PathName.extensionOf(name)
        if let format { return format.extensions.contains(ext) }
        return InputFormat.allCases.contains { $0.extensions.contains(ext) }
    }

    /// A `.txt` or `.json` in a folder is taken only if its content is Kialo or AIF (essay texts are not).
    static func readsAsImport(_ path: String, source: CorpusSource) -> Bool {
        guard let bytes = try? source.read(path) else { return true }
        return InputFormat.detect(path: path, bytes: bytes) != nil
    }

    static func isMapFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), !name.hasPrefix(".") else { return false }
        return mapExtensions.contains(String(name[name.index(after: dot)...]).lowercased())
    }

    static func load(mapFiles: [String], definition: String?, root: String, source: CorpusSource, diagnostics initial: [Diagnostic], format: InputFormat? = nil, progress: LoadProgress? = nil) -> LoadResult {
        var diagnostics = initial
        var sources = SourceStore()
        var definitionValue = CorpusDefinition(title: "", topics: [], topicLocations: [])
        if let definition {
            do {
                let bytes = try source.read(definition)
                sources.keep(bytes, of: definition)
                let (value, found) = CorpusDefinition.read(bytes, file: definition)
                definitionValue = value
                diagnostics += found
            } catch {
                diagnostics.append(.error("\(definition): \((error as? CorpusSourceError)?.message ?? "cannot be read")", at: nil))
            }
        }
        // A corpus file that could not be read fixes no topics: the maps' own are used, so its
        // one error is not followed by an "unknown topic" on every heading.
        let topicsFixed = definition != nil && !definitionValue.topics.isEmpty
        var untitled = 0
        var imports: [ImportedFile] = []
        var seen = Set<String>()
        let files = mapFiles.filter { seen.insert($0).inserted }
        var resolver = CorpusResolver(topics: definitionValue.topics, topicsFixed: topicsFixed, topicsLocation: definitionValue.topicLocations.first)
        // The sizes only for the bar, and only when it is shown.
        // A file whose size is unknown (a pipe) leaves the bar counting files.
        let known = progress == nil ? [] : files.map { source.size(of: $0) }
        let sizesKnown = !known.contains(nil)
        let sizes = sizesKnown ? known.map { $0! } : [Int](repeating: 0, count: known.count)
        progress?.begin(files: files.count, bytes: sizes.reduce(0, +))
        OrderedParallelMap.run(count: files.count, scratch: { Slug.Maker() }) { i, slugs in
            PreparedMapFile(files[i], source: source, format: format, corpusRoot: root, slugs: &slugs)
        } consume: { i, prepared in
            let file = files[i]
            let reported = diagnostics.count + resolver.diagnostics.count
            switch prepared.content {
            case .unread(let problem):
                diagnostics.append(problem)
                progress?.fileDone(claims: 0, bytes: sizes[i])
            case .argdown:
                progress?.fileDone(claims: prepared.definitionCount, bytes: sizes[i])
                // In place: the resolver moves titles and texts out of the documents.
                for p in prepared.parts.indices {
                    prepared.parts[p].document.numberUntitled(from: untitled)
                    untitled += prepared.parts[p].document.untitledCount
                    diagnostics += prepared.parts[p].diagnostics
                    if prepared.parts[p].dialect == .general {
                        imports.append(.general(prepared.parts[p].document))
                    } else {
                        resolver.add(&prepared.parts[p].document, essay: prepared.parts[p].essay, definitions: prepared.parts[p].definitions)
                    }
                }
            case .kialo: imports.append(.kialo(file, prepared.bytes))
            case .aif: imports.append(.aif(file, prepared.bytes))
            }
            // The bytes of a file something was said about, to quote its lines. Keeping every
            // file's (270 MB at a million claims) cost the main thread a copy of each and its
            // page faults; a file only a later check speaks of is read again at the end.
            if diagnostics.count + resolver.diagnostics.count > reported { sources.keep(prepared.bytes, of: file) }
        }
        var corpus = resolver.finish(title: definitionValue.title)
        diagnostics += resolver.diagnostics
        if !imports.isEmpty {
            var builder = CorpusBuilder(base: corpus)
            var general = GeneralArgdownReader(builder: builder)
            let generalDocuments = imports.compactMap { if case .general(let d) = $0 { return d } else { return nil } }
            for document in generalDocuments { general.add(document) }
            builder = general.finish()
            diagnostics += general.diagnostics
            for item in imports {
                let before = builder.claims.count
                switch item {
                case .general: continue
                case .kialo(let file, let bytes): diagnostics += KialoReader.read(bytes, file: file, into: &builder, progress: progress)
                case .aif(let file, let bytes): diagnostics += AIFReader.read(bytes, file: file, into: &builder)
                }
                progress?.fileDone(claims: builder.claims.count - before, bytes: sizesKnown ? item.size : 0)
            }
            var title = definitionValue.title
            if title.isEmpty, builder.essays.count == 1, builder.essays[0].title != Essay.unknown { title = builder.essays[0].title }
            corpus = builder.build(title: title)
        }
        // Keep the source of a file only when a diagnostic quotes a line of it.
        let quoted = Set(diagnostics.compactMap { $0.location?.file })
        var quotedSources = sources.files(quoted)
        for file in quoted where quotedSources[file] == nil {
            if let bytes = try? source.read(file) { quotedSources[file] = bytes }
        }
        return LoadResult(corpus: corpus, diagnostics: diagnostics.sortedForReport(), sources: quotedSources)
    }
}

extension CorpusLoader {
    /// Why the bytes of a map file are not read at all: it is empty (a warning), or it holds a
    /// NUL byte, which no text format has, so it is binary or corrupt (an error at the byte).
    static func unreadableContent(_ bytes: [UInt8], file: String) -> Diagnostic? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .warning("\(file): the file is empty", at: nil)
        }
        guard let nul = ByteSearch.firstIndex(of: 0, in: bytes) else { return nil }
        return .error("the file holds a NUL byte, so it is binary, not text: it is not read",
                      at: SourceLocation(ofByte: nul, in: bytes, file: file))
    }
}

/// The bytes of the files diagnostics were given for while loading, kept until the end says
/// which are quoted, in one buffer: as separate arrays they lay between the claims' own
/// allocations, and freed at the end they left holes in the heap. A corpus with many errors
/// keeps much; one buffer is mapped apart from the heap and goes back to the system when freed.
struct SourceStore {
    private var bytes: [UInt8] = []
    private var ranges: [String: Range<Int>] = [:]

    /// Keeps a file's bytes (a second call for the same file replaces the first).
    mutating func keep(_ file: [UInt8], of path: String) {
        let start = bytes.count
        bytes.append(contentsOf: file)
        ranges[path] = start..<bytes.count
    }

    /// The bytes of those of `paths` that were kept, each in its own array.
    func files(_ paths: Set<String>) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for (path, range) in ranges where paths.contains(path) { out[path] = Array(bytes[range]) }
        return out
    }
}

/// A file read outside the essay-map resolver, kept until the essay maps are resolved.
enum ImportedFile {
    case general(ArgdownDocument)
    case kialo(String, [UInt8])
    case aif(String, [UInt8])

    /// The bytes of a file read after the essay maps (a general Argdown file is counted with them).
    var size: Int {
        switch self {
        case .general: return 0
        case .kialo(_, let bytes), .aif(_, let bytes): return bytes.count
        }
    }
}

extension Array where Element == Diagnostic {
    /// By file, line and column; those without a place first.
    func sortedForReport() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x != y ? x < y : a.offset < b.offset
            }
        }.map(\.element)
    }
}
