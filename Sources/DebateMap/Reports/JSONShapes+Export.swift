/// `export --to json` written straight from the corpus (`PrettyJSON`), a claim at a time,
/// with the bytes `JSONShapes.encode(JSONShapes.export(corpus))` would give: keys in sorted
/// order, as the contract (docs/json.md) has them.
extension JSONShapes {
    /// The whole export as one string (the tests and the benchmark).
    public static func exportText(_ corpus: Corpus) -> String {
        var bytes: [UInt8] = []
        writeExport(corpus) { part in
            bytes.append(contentsOf: part)
            return true
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The export handed to `emit` in parts of about `part` bytes, so that writing a million
    /// claims (800 MB of JSON) holds one part in memory, not the whole. Stops when `emit`
    /// returns false.
    public static func writeExport(_ corpus: Corpus, part: Int = 1 << 22, _ emit: (UnsafeRawBufferPointer) -> Bool) {
        var w = PrettyJSON(capacity: part + (1 << 16))
        var going = true
        /// One element of an array, then the buffer handed on if it is full.
        func element(_ w: inout PrettyJSON, _ write: (inout PrettyJSON) -> Void) -> Bool {
            w.element()
            write(&w)
            going = w.drain(over: part, emit)
            return going
        }
        w.object { w in
            w.key("claims")
            w.array { w in
                for c in corpus.claims.indices { guard element(&w, { ClaimJSON(corpus, c).write(&$0) }) else { return } }
            }
            w.key("essays")
            w.array { w in
                for essay in corpus.essays { guard going, element(&w, { EssayJSON(essay).write(&$0) }) else { return } }
            }
            w.key("positions")
            w.array { w in
                for p in corpus.positions.indices { guard going, element(&w, { position(corpus, p).write(&$0) }) else { return } }
            }
            w.key("relations")
            w.array { w in
                for r in corpus.relations { guard going, element(&w, { RelationJSON(corpus, r).write(&$0) }) else { return } }
            }
            w.key("title"); w.string(corpus.title)
            w.key("topics")
            w.array { w in
                for topic in corpus.topics { guard going, element(&w, { TopicJSON(topic).write(&$0) }) else { return } }
            }
        }
        if going { w.finish(emit) }
    }
}

extension JSONShapes.ClaimJSON {
    func write(_ w: inout PrettyJSON) {
        w.object { w in
            w.key("essay"); w.string(essay)
            w.key("id"); w.string(id)
            w.key("inferenceRule"); w.string(inferenceRule)
            w.key("kind"); w.string(kind)
            w.key("parent"); w.string(parent)
            w.key("quote")
            if let quote {
                w.object { w in
                    w.key("end"); w.int(quote.end)
                    w.key("start"); w.int(quote.start)
                    w.key("text"); w.string(quote.text)
                }
            } else {
                w.null()
            }
            w.key("refersTo"); w.string(refersTo)
            w.key("source"); w.string(source)
            w.key("tags")
            w.array { w in
                for tag in tags {
                    w.element()
                    w.string(tag)
                }
            }
            w.key("text"); w.string(text)
            w.key("title"); w.string(title)
            w.key("topic"); w.string(topic)
        }
    }
}

extension JSONShapes.EssayJSON {
    func write(_ w: inout PrettyJSON) {
        w.object { w in
            w.key("author"); w.string(author)
            w.key("id"); w.string(id)
            w.key("label"); w.string(label)
            w.key("outlet"); w.string(outlet)
            w.key("published"); w.string(published)
            w.key("subtitle"); w.string(subtitle)
            w.key("textPath"); w.string(textPath)
            w.key("title"); w.string(title)
            w.key("url"); w.string(url)
        }
    }
}

extension JSONShapes.PositionJSON {
    func write(_ w: inout PrettyJSON) {
        w.object { w in
            w.key("claim"); w.string(claim)
            w.key("essay"); w.string(essay)
            w.key("id"); w.string(id)
            w.key("stance"); w.string(stance)
            w.key("summary"); w.string(summary)
            w.key("topic"); w.string(topic)
        }
    }
}

extension JSONShapes.TopicJSON {
    func write(_ w: inout PrettyJSON) {
        w.object { w in
            w.key("id"); w.string(id)
            w.key("question"); w.string(question)
            w.key("title"); w.string(title)
        }
    }
}

extension JSONShapes.RelationJSON {
    func write(_ w: inout PrettyJSON) {
        w.object { w in
            w.key("from"); w.string(from)
            w.key("to"); w.string(to)
            w.key("type"); w.string(type)
            w.key("undercut"); w.bool(undercut)
        }
    }
}
