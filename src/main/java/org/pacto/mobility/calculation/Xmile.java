package org.pacto.mobility.calculation;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Writes and reads {@link XmileModel}s as XMILE 1.0 (OASIS, http://docs.oasis-open.org/xmile/xmile/v1.0/) so that
 * analysts can open Pacto's models in Stella, Vensim or PySD and bring theirs back. Reading is safe against XML
 * attacks: no DOCTYPE at all (so no external entities, no entity expansion), no external DTD or schema access.
 * A malformed or incomplete file raises {@link Refused} with a stable code.
 */
public final class Xmile {

    public static final String NAMESPACE = "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0";
    static final int MAX_VARIABLES = 2_000;

    private Xmile() {
    }

    /** A file Pacto cannot take: {@code code} is xmile-malformed, xmile-doctype or xmile-incomplete. */
    public static final class Refused extends RuntimeException {
        private final String code;

        public Refused(String code, String detail) {
            super(detail);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static String write(XmileModel model) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element root = doc.createElementNS(NAMESPACE, "xmile");
            root.setAttribute("version", "1.0");
            doc.appendChild(root);
            Element header = child(doc, root, "header");
            child(doc, header, "name").setTextContent(model.name());
            child(doc, header, "vendor").setTextContent("Pacto");
            Element product = child(doc, header, "product");
            product.setAttribute("version", "1");
            product.setTextContent("Pacto");
            Element sim = child(doc, root, "sim_specs");
            sim.setAttribute("method", "Euler");
            sim.setAttribute("time_units", "years");
            child(doc, sim, "start").setTextContent(number(model.start()));
            child(doc, sim, "stop").setTextContent(number(model.stop()));
            child(doc, sim, "dt").setTextContent(number(model.dt()));
            Element variables = child(doc, child(doc, root, "model"), "variables");
            for (var s : model.stocks()) {
                Element e = child(doc, variables, "stock");
                e.setAttribute("name", s.name());
                child(doc, e, "eqn").setTextContent(s.initial());
                s.inflows().forEach(f -> child(doc, e, "inflow").setTextContent(f));
                s.outflows().forEach(f -> child(doc, e, "outflow").setTextContent(f));
            }
            for (var f : model.flows()) {
                Element e = child(doc, variables, "flow");
                e.setAttribute("name", f.name());
                child(doc, e, "eqn").setTextContent(f.equation());
            }
            for (var a : model.auxiliaries()) {
                Element e = child(doc, variables, "aux");
                e.setAttribute("name", a.name());
                child(doc, e, "eqn").setTextContent(a.equation());
                if (a.graph() != null) {
                    Element gf = child(doc, e, "gf");
                    child(doc, gf, "xpts").setTextContent(join(a.graph().xs()));
                    child(doc, gf, "ypts").setTextContent(join(a.graph().ys()));
                }
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            var out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write XMILE", e);
        }
    }

    public static XmileModel read(String xml) {
        Document doc;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            doc = builder.parse(new InputSource(new StringReader(xml)));
        } catch (org.xml.sax.SAXParseException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            throw new Refused(message.contains("doctype") ? "xmile-doctype" : "xmile-malformed", "line " + e.getLineNumber());
        } catch (Exception e) {
            throw new Refused("xmile-malformed", "unreadable");
        }
        Element root = doc.getDocumentElement();
        if (!"xmile".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new Refused("xmile-malformed", "root element must be xmile in " + NAMESPACE);
        }
        String name = text(first(first(root, "header"), "name"), "model");
        Element sim = first(root, "sim_specs");
        double start = number(text(first(sim, "start"), "0"));
        double stop = number(text(first(sim, "stop"), ""));
        double dt = number(text(first(sim, "dt"), "1"));
        if (!(stop > start) || !(dt > 0)) {
            throw new Refused("xmile-incomplete", "sim_specs need start < stop and dt > 0");
        }
        Element variables = first(first(root, "model"), "variables");
        if (variables == null) {
            throw new Refused("xmile-incomplete", "no model/variables");
        }
        var stocks = new ArrayList<XmileModel.Stock>();
        var flows = new ArrayList<XmileModel.Flow>();
        var auxiliaries = new ArrayList<XmileModel.Auxiliary>();
        Set<String> names = new HashSet<>();
        for (Node n = variables.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !NAMESPACE.equals(e.getNamespaceURI())) {
                continue;
            }
            if (names.size() >= MAX_VARIABLES) {
                throw new Refused("xmile-incomplete", "too many variables");
            }
            String variable = e.getAttribute("name").strip();
            if (variable.isEmpty() || !names.add(variable)) {
                throw new Refused("xmile-incomplete", "every variable needs a unique name");
            }
            String eqn = text(first(e, "eqn"), "");
            switch (e.getLocalName()) {
                case "stock" -> stocks.add(new XmileModel.Stock(variable, required(eqn, variable),
                        texts(e, "inflow"), texts(e, "outflow")));
                case "flow" -> flows.add(new XmileModel.Flow(variable, required(eqn, variable)));
                case "aux" -> {
                    Element gf = first(e, "gf");
                    XmileModel.Graph graph = gf == null ? null
                            : new XmileModel.Graph(numbers(text(first(gf, "xpts"), "")), numbers(text(first(gf, "ypts"), "")));
                    if (graph != null && (graph.xs().size() != graph.ys().size() || graph.xs().isEmpty())) {
                        throw new Refused("xmile-incomplete", "graphical function " + variable + " needs as many x as y");
                    }
                    auxiliaries.add(new XmileModel.Auxiliary(variable, graph == null ? required(eqn, variable) : eqn,
                            graph));
                }
                default -> {
                    // other XMILE elements (modules, groups) are not used by Pacto and are left out
                }
            }
        }
        var flowNames = flows.stream().map(XmileModel.Flow::name).toList();
        for (var s : stocks) {
            for (String f : concat(s.inflows(), s.outflows())) {
                if (!flowNames.contains(f)) {
                    throw new Refused("xmile-incomplete", "stock " + s.name() + " names an unknown flow " + f);
                }
            }
        }
        if (stocks.isEmpty()) {
            throw new Refused("xmile-incomplete", "no stock");
        }
        return new XmileModel(name, start, stop, dt, stocks, flows, auxiliaries);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String required(String eqn, String variable) {
        if (eqn.isBlank()) {
            throw new Refused("xmile-incomplete", variable + " has no equation");
        }
        return eqn;
    }

    private static Element child(Document doc, Element parent, String name) {
        Element e = doc.createElementNS(NAMESPACE, name);
        parent.appendChild(e);
        return e;
    }

    private static @Nullable Element first(@Nullable Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && NAMESPACE.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static List<String> texts(Element parent, String name) {
        var out = new ArrayList<String>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e.getTextContent().strip());
            }
        }
        return out;
    }

    private static String text(@Nullable Element e, String otherwise) {
        return e == null ? otherwise : e.getTextContent().strip();
    }

    private static double number(String text) {
        try {
            double d = Double.parseDouble(text);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Refused("xmile-incomplete", "not a number: " + (text.length() > 40 ? text.substring(0, 40) : text));
        }
    }

    private static List<Double> numbers(String text) {
        var out = new ArrayList<Double>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            out.add(number(part.strip()));
        }
        return out;
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String join(List<Double> values) {
        return String.join(",", values.stream().map(Xmile::number).toList());
    }
}
