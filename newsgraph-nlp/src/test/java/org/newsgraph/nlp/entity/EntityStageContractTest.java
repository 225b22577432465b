package org.newsgraph.nlp.entity;

import java.util.List;
import org.newsgraph.nlp.StageContract;
import org.newsgraph.nlp.tokens.TokenStage;
import org.newsgraph.stage.Stage;

class EntityStageContractTest extends StageContract {
    @Override protected Stage stage() { return new EntityStage(); }
    @Override protected List<Stage> before() { return List.of(new TokenStage(), new MentionStage()); }
}
