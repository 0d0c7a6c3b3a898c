package org.pacto.mobility.calculation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class XmileTest {

    private final LabourDemand.Parameters p = new LabourDemand.Parameters(15, 0.25, 10_000, 10_500, 0.03, 0.06, 550);

    @Test
    void theLabourDemandModelSurvivesARoundTrip() {
        var model = LabourDemand.xmile("care", p);
        String xml = Xmile.write(model);
        assertThat(xml).contains(Xmile.NAMESPACE).contains("<stock name=\"domestic_workers\">")
                .contains("method=\"Euler\"");
        var back = Xmile.read(xml);
        assertThat(back).isEqualTo(model);
    }

    @Test
    void graphicalFunctionsAndConstantsSurviveToo() {
        var model = new XmileModel("g", 0, 10, 0.5,
                java.util.List.of(new XmileModel.Stock("s", "100", java.util.List.of("in"), java.util.List.of())),
                java.util.List.of(new XmileModel.Flow("in", "effect")),
                java.util.List.of(new XmileModel.Auxiliary("effect", "TIME",
                                new XmileModel.Graph(java.util.List.of(0.0, 5.0, 10.0), java.util.List.of(1.0, 2.5, 4.0))),
                        new XmileModel.Auxiliary("k", "0.3", null)));
        assertThat(Xmile.read(Xmile.write(model))).isEqualTo(model);
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xmile xmlns=\"" + Xmile.NAMESPACE + "\"><header><name>&e;</name></header></xmile>";
        var refused = catchThrowableOfType(Xmile.Refused.class, () -> Xmile.read(xxe));
        assertThat(refused.code()).isEqualTo("xmile-doctype");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>"
                + "<xmile xmlns=\"" + Xmile.NAMESPACE + "\">&lol2;</xmile>";
        assertThat(catchThrowableOfType(Xmile.Refused.class, () -> Xmile.read(bomb)).code()).isEqualTo("xmile-doctype");
    }

    @Test
    void malformedOrIncompleteFilesAreRefusedWithACode() {
        assertThat(catchThrowableOfType(Xmile.Refused.class, () -> Xmile.read("<xmile")).code())
                .isEqualTo("xmile-malformed");
        assertThat(catchThrowableOfType(Xmile.Refused.class, () -> Xmile.read("<other/>")).code())
                .isEqualTo("xmile-malformed");
        String noStock = "<xmile xmlns=\"" + Xmile.NAMESPACE + "\"><sim_specs><start>0</start><stop>5</stop>"
                + "<dt>1</dt></sim_specs><model><variables><aux name=\"a\"><eqn>1</eqn></aux></variables></model></xmile>";
        assertThat(catchThrowableOfType(Xmile.Refused.class, () -> Xmile.read(noStock)).code())
                .isEqualTo("xmile-incomplete");
        String unknownFlow = "<xmile xmlns=\"" + Xmile.NAMESPACE + "\"><sim_specs><start>0</start><stop>5</stop>"
                + "<dt>1</dt></sim_specs><model><variables><stock name=\"s\"><eqn>1</eqn><inflow>f</inflow></stock>"
                + "</variables></model></xmile>";
        assertThat(catchThrowableOfType(Xmile.Refused.class, () -> Xmile.read(unknownFlow)).code())
                .isEqualTo("xmile-incomplete");
    }
}
