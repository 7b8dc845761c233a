// SPDX-License-Identifier: EUPL-1.2
#include "documents/PdfMetadata.h"

#include "documents/QpdfBytes.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <memory>

namespace kitetp::PdfMetadata {

namespace {

const QString creatorTool = QStringLiteral("Kit ETP");

QString pdfDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'"));
}

QString xmpDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// One XMP property holding a language alternative (dc:title, dc:description), an ordered list (dc:creator) or a
// bag (dc:language) of one value.
void writeList(QXmlStreamWriter &w, const QString &property, const QString &container, const QString &value, bool xDefault)
{
    w.writeStartElement(property);
    w.writeStartElement(container);
    w.writeStartElement(QStringLiteral("rdf:li"));
    if (xDefault)
        w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    w.writeCharacters(value);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QString currentLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("fr");
}

QDateTime now()
{
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute(), t.time().second()), Qt::UTC);
}

QByteArray xmp(const Info &info, const QString &producer)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    // The packet header of the XMP specification: begin= holds a byte order mark (U+FEFF).
    w.writeProcessingInstruction(QStringLiteral("xpacket"),
                                 QStringLiteral("begin=\"") + QChar(0xFEFF) + QStringLiteral("\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeStartElement(QStringLiteral("x:xmpmeta"));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeStartElement(QStringLiteral("rdf:RDF"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("rdf"));

    w.writeStartElement(QStringLiteral("rdf:Description"));
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    w.writeAttribute(QStringLiteral("rdf:about"), QString());
    w.writeTextElement(QStringLiteral("dc:format"), QStringLiteral("application/pdf"));
    writeList(w, QStringLiteral("dc:title"), QStringLiteral("rdf:Alt"), info.title, true);
    if (!info.author.isEmpty())
        writeList(w, QStringLiteral("dc:creator"), QStringLiteral("rdf:Seq"), info.author, false);
    if (!info.subject.isEmpty())
        writeList(w, QStringLiteral("dc:description"), QStringLiteral("rdf:Alt"), info.subject, true);
    if (!info.language.isEmpty())
        writeList(w, QStringLiteral("dc:language"), QStringLiteral("rdf:Bag"), info.language, false);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("rdf:Description"));
    w.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    w.writeAttribute(QStringLiteral("rdf:about"), QString());
    w.writeTextElement(QStringLiteral("xmp:CreateDate"), xmpDate(info.created));
    w.writeTextElement(QStringLiteral("xmp:ModifyDate"), xmpDate(info.created));
    w.writeTextElement(QStringLiteral("xmp:CreatorTool"), creatorTool);
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("rdf:Description"));
    w.writeNamespace(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"));
    w.writeAttribute(QStringLiteral("rdf:about"), QString());
    w.writeTextElement(QStringLiteral("pdf:Producer"), producer);
    w.writeEndElement();

    if (info.archival) {
        w.writeStartElement(QStringLiteral("rdf:Description"));
        w.writeNamespace(QStringLiteral("http://www.aiim.org/pdfa/ns/id/"), QStringLiteral("pdfaid"));
        w.writeAttribute(QStringLiteral("rdf:about"), QString());
        w.writeTextElement(QStringLiteral("pdfaid:part"), QStringLiteral("1"));
        w.writeTextElement(QStringLiteral("pdfaid:conformance"), QStringLiteral("B"));
        w.writeEndElement();
    }
    w.writeEndElement(); // rdf:RDF
    w.writeEndElement(); // x:xmpmeta
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return out;
}

QByteArray apply(const QByteArray &pdf, const Info &info, QString *error)
{
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("document", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle trailer = document.getTrailer();
        QPDFObjectHandle infoDict = trailer.getKey("/Info");
        if (!infoDict.isDictionary()) {
            infoDict = document.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", infoDict);
        }
        QPDFObjectHandle producerValue = infoDict.getKey("/Producer");
        const QString producer = producerValue.isString() ? QString::fromStdString(producerValue.getUTF8Value()) : creatorTool;
        const auto setText = [&infoDict](const char *key, const QString &value) {
            if (value.isEmpty())
                infoDict.removeKey(key);
            else
                infoDict.replaceKey(key, QPDFObjectHandle::newUnicodeString(utf8(value)));
        };
        setText("/Title", info.title);
        setText("/Author", info.author);
        setText("/Subject", info.subject);
        setText("/Creator", creatorTool);
        setText("/Producer", producer);
        infoDict.replaceKey("/CreationDate", QPDFObjectHandle::newString(utf8(pdfDate(info.created))));
        infoDict.replaceKey("/ModDate", QPDFObjectHandle::newString(utf8(pdfDate(info.created))));

        QPDFObjectHandle root = document.getRoot();
        if (!info.language.isEmpty())
            root.replaceKey("/Lang", QPDFObjectHandle::newString(utf8(info.language)));
        const QByteArray packet = xmp(info, producer);
        QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&document, std::string(packet.constData(), size_t(packet.size())));
        metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        root.replaceKey("/Metadata", metadata);

        return qpdfBytes(document, true);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
        return {};
    }
}

} // namespace kitetp::PdfMetadata
