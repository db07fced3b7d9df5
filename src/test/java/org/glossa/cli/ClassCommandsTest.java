package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class through the command line: packet publish, remote add --class, packet answer and answers. */
class ClassCommandsTest {
    @TempDir
    Path dir;

    @Test
    void aTeacherPublishesAStudentAnswersAndTheTeacherReadsTheAnswer() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("class"));
        CliRunner teacher = new CliRunner(dir.resolve("teacher.sqlite"));
        CliRunner student = new CliRunner(dir.resolve("student.sqlite"));
        String packet = teacher.run("packet", "create", "Week 1", "--author", "Ms Lee").out().strip();
        teacher.run("packet", "add", packet, "1", "--author", "Ms Lee");
        teacher.run("packet", "question", packet, "1", "Why is Russia neutral?", "--answer", "Ties.", "--author", "Ms Lee");
        teacher.run("remote", "add", "class", shared.toString());
        CliRunner.Result published = teacher.run("packet", "publish", packet, "--remote", "class", "--author", "Ms Lee");
        assertThat(published.code()).as(published.err()).isZero();
        assertThat(published.out()).startsWith("class\tpublished\t");

        assertThat(student.run("remote", "add", "class", shared.toString(), "--class").out()).endsWith("class\n");
        assertThat(student.run("sync", "--author", "Ana").code()).isZero();
        JsonNode list = new ObjectMapper().readTree(student.run("packet", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("author").asText()).isEqualTo("Ms Lee");
        String studentPacket = list.get(0).get("id").asText();

        CliRunner.Result notHers = student.run("packet", "publish", studentPacket, "--remote", "class", "--author", "Ana");
        assertThat(notHers.code()).isEqualTo(1);
        assertThat(notHers.errLines()).singleElement().asString().contains("only Ms Lee can publish it");
        CliRunner.Result noSuchQuestion = student.run("packet", "answer", studentPacket, "1", "2", "x", "--author", "Ana");
        assertThat(noSuchQuestion.code()).isEqualTo(1);
        assertThat(noSuchQuestion.errLines()).hasSize(1);

        assertThat(student.run("packet", "answer", studentPacket, "1", "1", "Old ties.", "--author", "Ana").code()).isZero();
        assertThat(student.run("sync", "--author", "Ana").out()).contains("pushed 1");
        assertThat(teacher.run("sync", "--author", "Ms Lee").code()).isZero();
        JsonNode answers = new ObjectMapper().readTree(teacher.run("packet", "answers", packet, "--json").out());
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).get("author").asText()).isEqualTo("Ana");
        assertThat(answers.get(0).get("question").asInt()).isEqualTo(1);
        assertThat(answers.get(0).get("text").asText()).isEqualTo("Why is Russia neutral?");
        assertThat(answers.get(0).get("answer").asText()).isEqualTo("Old ties.");
        assertThat(new ObjectMapper().readTree(student.run("remote", "list", "--json").out()).get(0)
                .get("class").asBoolean()).isTrue();
    }
}
