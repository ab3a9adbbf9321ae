import OtborHTML

/// What a person sees when a page cannot be shown: the status, what happened, a way back.
struct ErrorPage: HTMLComponent {
    var strings: ConsoleStrings
    var status: Int
    var message: String

    func write(to w: inout HTMLWriter) {
        w.element("h1", text: strings[.errorTitle] + " " + String(status))
        w.element("p", ["class": "alert", "role": "alert"], text: message)
        w.element("p") { w in w.element("a", ["href": "/"], text: strings[.backToStart]) }
    }
}
