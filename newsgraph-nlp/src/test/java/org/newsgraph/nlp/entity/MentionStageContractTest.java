package org.newsgraph.nlp.entity;

import java.util.List;
import org.newsgraph.nlp.StageContract;
import org.newsgraph.nlp.tokens.TokenStage;
import org.newsgraph.stage.Stage;

class MentionStageContractTest extends StageContract {
    @Override protected Stage stage() { return new MentionStage(); }
    @Override protected List<Stage> before() { return List.of(new TokenStage()); }
}
