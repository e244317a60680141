/// An essay map's essay, made from its front matter alone: the metadata read, the essay text
/// read, checked (UTF-8, SHA-256, furniture ranges) and turned into an `Essay`. It depends on
/// nothing but its own files, so the loader makes it on a background thread; the resolver
/// then only checks that its id is new (`CorpusResolver.add`).
struct PreparedEssay: Sendable {
    /// Nil when the front matter does not make an essay (its diagnostics say why).
    var metadata: EssayMetadata?
    /// The front matter's own problems.
    var metadataDiagnostics: [Diagnostic]
    /// The essay, when `metadata` is there.
    var essay: Essay?
    /// The text's problems (reported only for an essay the resolver takes).
    var textDiagnostics: [Diagnostic] = []
    /// The text was read and is valid UTF-8, so quotes can be looked for in it.
    var textOK = false
    /// The text's bytes as read, when `textOK`: the quotes are looked for in these (the
    /// essay's string holds the same bytes, but copying them out was 150 MB at 1M claims).
    var textBytes: [UInt8] = []

    init(_ frontMatter: ArgdownDocument.FrontMatter, source: CorpusSource, corpusRoot: String) {
        (metadata, metadataDiagnostics) = EssayMetadata.read(frontMatter)
        guard let meta = metadata else { return }
        let mapPath = meta.location.file
        let textPath = PathName.join(PathName.directory(mapPath), meta.text)
        var bytes: [UInt8] = []
        var validText: String?
        do {
            bytes = try source.read(textPath)
            // Validated once, as the string is made; the slower check only says where a bad byte is.
            validText = UTF8Check.validString(bytes)
            if validText == nil, let bad = UTF8Check.firstInvalidOffset(bytes) {
                textDiagnostics.append(.error("the essay text \(textPath) is not valid UTF-8 (byte \(bad))", at: meta.textLocation))
                bytes = Array(String(decoding: bytes, as: UTF8.self).utf8)
            } else {
                textOK = true
            }
        } catch let error as CorpusSourceError {
            textDiagnostics.append(.error("the essay text \(textPath) \(error.message)", at: meta.textLocation))
        } catch {
            textDiagnostics.append(.error("the essay text \(textPath) cannot be read", at: meta.textLocation))
        }
        if textOK {
            let actual = Digest.sha256(bytes)
            if let recorded = meta.sha256 {
                if recorded != actual {
                    textDiagnostics.append(.error("the essay text has changed since it was mapped: its SHA-256 is \(actual), the map records \(recorded)",
                                                  at: meta.sha256Location ?? meta.location,
                                                  notes: ["check every quote against the new text, then record the new hash"]))
                }
            } else {
                textDiagnostics.append(.warning("the map records no `sha256` of its text, so a changed text would go unnoticed", at: meta.location,
                                                notes: ["add `sha256: \(actual)`"]))
            }
        }
        let text = validText ?? String(decoding: bytes, as: UTF8.self)
        if textOK { textBytes = bytes }
        var furniture: [Furniture] = []
        if (textOK || !bytes.isEmpty) && !meta.furniture.isEmpty {
            let scalars = Array(text.unicodeScalars)
            for entry in meta.furniture {
                guard entry.range.end <= scalars.count else {
                    textDiagnostics.append(.error("the furniture range \(entry.range.start)..<\(entry.range.end) runs past the end of the text (\(scalars.count) characters)", at: entry.location))
                    continue
                }
                if let expected = entry.text {
                    var actual = String.UnicodeScalarView()
                    actual.append(contentsOf: scalars[entry.range.start..<entry.range.end])
                    if String(actual) != expected {
                        textDiagnostics.append(.error("the furniture range \(entry.range.start)..<\(entry.range.end) does not hold the text given for it",
                                                      at: entry.location, notes: ["the range holds: \(String(actual).debugDescription)"]))
                        continue
                    }
                }
                furniture.append(entry.range)
            }
        }
        essay = Essay(
            id: meta.id, title: meta.title, author: meta.author, outlet: meta.outlet, published: meta.published,
            url: meta.url, label: meta.label, textPath: PathName.relative(textPath, to: corpusRoot), mapPath: mapPath,
            text: text, furniture: furniture, subtitle: meta.subtitle)
    }
}
