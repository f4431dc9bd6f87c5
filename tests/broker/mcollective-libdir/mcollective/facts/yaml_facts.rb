# MCollective's yaml facts plugin, fixed for Ruby 3.1 (the broker tests put this directory first on libdir).
# Debian 12's mcollective 2.12.5 calls YAML.safe_load(text, [Symbol], [], true), which Psych 4 (Ruby 3.1) rejects:
# "ArgumentError: wrong number of arguments (given 4, expected 1)", so every server has empty facts and `mco -F`
# discovers nothing. This copy differs from /usr/lib/ruby/vendor_ruby/mcollective/facts/yaml_facts.rb only in that
# call, which uses keyword arguments. See docs/mcollective.md.
module MCollective
  module Facts
    require 'yaml'

    class Yaml_facts<Base
      def initialize
        @yaml_file_mtimes = {}

        super
      end

      def load_facts_from_source
        config = Config.instance

        fact_files = config.pluginconf["yaml"].split(File::PATH_SEPARATOR)
        facts = {}

        fact_files.each do |file|
          begin
            if File.exist?(file)
              facts.merge!(YAML.safe_load(File.read(file), permitted_classes: [Symbol], aliases: true))
            else
              raise("Can't find YAML file to load: #{file}")
            end
          rescue Exception => e
            Log.error("Failed to load yaml facts from #{file}: #{e.class}: #{e}")
          end
        end

        facts
      end

      def force_reload?
        config = Config.instance

        fact_files = config.pluginconf["yaml"].split(File::PATH_SEPARATOR)

        fact_files.each do |file|
          @yaml_file_mtimes[file] ||= File.stat(file).mtime
          mtime = File.stat(file).mtime

          if mtime > @yaml_file_mtimes[file]
            @yaml_file_mtimes[file] = mtime

            Log.debug("Forcing fact reload due to age of #{file}")

            return true
          end
        end

        false
      end
    end
  end
end
