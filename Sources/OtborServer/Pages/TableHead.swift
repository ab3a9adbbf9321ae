import OtborHTML

/// A data table's `<thead>`: one column header per phrase, and `empty` headerless cells after
/// them (for a column of buttons).
struct TableHead: HTMLComponent {
    var strings: ConsoleStrings
    var columns: [ConsolePhrase]
    var empty = 0

    func write(to w: inout HTMLWriter) {
        w.element("thead") { w in
            w.element("tr") { w in
                for phrase in columns { w.element("th", ["scope": "col"], text: strings[phrase]) }
                for _ in 0..<empty { w.element("td", text: "") }
            }
        }
    }
}
