package org.radedit.kernel.magic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;

/**
 * Resolves {@code group:artifact:version} with its runtime dependencies from Maven Central (and any
 * extra repositories) into a local repository, with Maven Resolver, the library Maven itself uses.
 * Artifacts already in the local repository are not downloaded again.
 */
public final class MavenResolver {

    private final Path localRepository;
    private final boolean offline;
    private RepositorySystem system;

    public MavenResolver(Path localRepository, boolean offline) {
        this.localRepository = localRepository;
        this.offline = offline;
    }

    /** {@code RADEDIT_MAVEN_REPO} or {@code ~/.m2/repository}; offline when {@code RADEDIT_MAVEN_OFFLINE=true}. */
    public static MavenResolver fromEnvironment() {
        String repo = System.getenv("RADEDIT_MAVEN_REPO");
        Path local = repo != null && !repo.isBlank()
                ? Path.of(repo)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        return new MavenResolver(local, Boolean.parseBoolean(System.getenv("RADEDIT_MAVEN_OFFLINE")));
    }

    public Path localRepository() {
        return localRepository;
    }

    /** The jars of {@code coordinates} and their runtime dependencies, in class path order. */
    public synchronized List<Path> resolve(List<String> coordinates, List<String> extraRepositoryUrls)
            throws DependencyResolutionException {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(localRepository.toFile())));
        session.setOffline(offline);
        // Profiles in POMs activate on the Java version (needs the system properties); a POM that
        // cannot be read is an error, not a silently missing dependency.
        session.setSystemProperties(System.getProperties());
        session.setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(false, false));
        List<RemoteRepository> remotes = new ArrayList<>();
        remotes.add(mavenCentral());
        for (int i = 0; i < extraRepositoryUrls.size(); i++) {
            remotes.add(new RemoteRepository.Builder("extra-" + (i + 1), "default", extraRepositoryUrls.get(i)).build());
        }
        CollectRequest collect = new CollectRequest();
        for (String coordinate : coordinates) {
            collect.addDependency(new Dependency(new DefaultArtifact(coordinate), JavaScopes.RUNTIME));
        }
        collect.setRepositories(remotes);
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<Path> jars = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
            jars.add(result.getArtifact().getFile().toPath());
        }
        return jars;
    }

    /** Maven Central exactly as Maven's own super POM defines it (id, URL). */
    static RemoteRepository mavenCentral() {
        try (InputStream in = MavenResolver.class.getResourceAsStream("/org/apache/maven/model/pom-4.0.0.xml")) {
            if (in == null) {
                throw new IllegalStateException("Maven's super POM is missing from the class path");
            }
            Model superPom = new MavenXpp3Reader().read(in);
            Repository central = superPom.getRepositories().get(0);
            return new RemoteRepository.Builder(central.getId(), "default", central.getUrl()).build();
        } catch (IOException | XmlPullParserException e) {
            throw new IllegalStateException("cannot read Maven's super POM", e);
        }
    }
}
